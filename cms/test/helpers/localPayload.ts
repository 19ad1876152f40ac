import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { vi } from 'vitest'

import { testDatabaseUri } from '../setup/cmsServer'

/** A real Payload (Local API) on its own temporary SQLite file, for one test file. */
export const bootLocalPayload = async (name: string) => {
  const workDir = mkdtempSync(path.join(tmpdir(), `made-in-la-${name}-`))
  process.env.DATABASE_URI = testDatabaseUri(workDir, name)
  process.env.MEDIA_DIR = path.join(workDir, 'media')
  // The CMS reads its environment once (src/env.ts): modules imported from here on are fresh copies
  // that read these, whatever the test file imported before.
  vi.resetModules()
  const { env } = await import('../../src/env')
  if (env.DATABASE_URI !== process.env.DATABASE_URI || env.MEDIA_DIR !== process.env.MEDIA_DIR) {
    throw new Error('The local Payload would not use its temporary database and media folder.')
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const payload: Payload = await getPayload({ config })
  const shutdown = async () => {
    await payload.destroy()
    rmSync(workDir, { recursive: true, force: true })
  }
  return { payload, shutdown }
}
