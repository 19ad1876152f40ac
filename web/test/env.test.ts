/**
 * The site's server reads its environment once, in server/utils/env.ts: a variable set wrongly stops
 * it at start with a message naming the variable, before it answers anyone.
 */
import path from 'node:path'

import { expect, test } from 'vitest'

import { runToExit } from '../../cms/test/helpers/process'

test('the site refuses to start with a variable set wrongly, and says which', async () => {
  const server = path.resolve(import.meta.dirname, '../.output/server/index.mjs')
  const { code, output } = await runToExit(process.execPath, [server], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', NUXT_FORM_RATE_LIMIT: 'lots', NUXT_TRUST_PROXY: 'sometimes' },
  })
  expect(code).not.toBe(0)
  expect(output).toContain('NUXT_FORM_RATE_LIMIT must be a whole number')
  expect(output).toContain('NUXT_TRUST_PROXY must be true or false')
  expect(output).not.toContain('Listening on')
})
