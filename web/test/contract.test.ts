/** The typed documents in shared/graphql/generated.ts are what graphql-codegen makes of today's schema. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from 'vitest'

const sharedDir = path.resolve(import.meta.dirname, '../../shared')

test('the committed typed documents are up to date (run `pnpm generate`)', () => {
  const output = path.join(mkdtempSync(path.join(tmpdir(), 'made-in-la-codegen-')), 'generated.ts')
  const result = spawnSync(path.join(sharedDir, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts'], {
    cwd: sharedDir,
    env: { ...process.env, CODEGEN_OUTPUT: output },
    encoding: 'utf8',
    timeout: 120_000,
  })
  expect(result.status, result.stderr).toBe(0)
  expect(readFileSync(path.join(sharedDir, 'graphql/generated.ts'), 'utf8')).toBe(readFileSync(output, 'utf8'))
})
