import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { testDatabaseUri } from '../setup/cmsServer'

/** A real Payload (Local API) on its own temporary SQLite file, for one test file. */
export const bootLocalPayload = async (name: string) => {
  const workDir = mkdtempSync(path.join(tmpdir(), `made-in-la-${name}-`))
  process.env.DATABASE_URI = testDatabaseUri(workDir, name)
  process.env.MEDIA_DIR = path.join(workDir, 'media')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const payload: Payload = await getPayload({ config })
  const shutdown = async () => {
    await payload.destroy()
    rmSync(workDir, { recursive: true, force: true })
  }
  return { payload, shutdown }
}
