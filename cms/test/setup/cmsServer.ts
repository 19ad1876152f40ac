/**
 * Starts the real CMS (Express + built Next + Payload) in production mode on a temporary SQLite file,
 * seeded with the demo content, and hands its address to the tests.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

export const testCredentials = {
  admin: { email: 'admin@test.invalid', password: 'test-admin-password-1' },
  siteApiKey: 'test-site-api-key-0123456789',
  secret: 'test-secret-not-for-deployment',
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

export const waitUntilReady = async (url: string, server: ChildProcess, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`CMS exited early with code ${server.exitCode}`)
    try {
      const response = await fetch(`${url}/readyz`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`CMS not ready after ${timeoutMs} ms`)
}

let server: ChildProcess | undefined
let workDir: string | undefined

/**
 * The database a test server uses: a fresh SQLite file, or, under `pnpm test:mongo`, a fresh database
 * on the MongoDB server named by MONGODB_URI.
 */
export const testDatabaseUri = (dir: string, name = 'cms') => {
  const mongo = process.env.MONGODB_URI
  if (!mongo) return `file:${path.join(dir, `${name}.db`)}`
  const url = new URL(mongo)
  url.pathname = `/made-in-la-test-${path.basename(dir)}-${name}`.replace(/[^\w/-]/g, '-')
  return url.toString()
}

export const cmsEnv = (dir: string, port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URI: testDatabaseUri(dir),
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: testCredentials.secret,
  SEED_ADMIN_EMAIL: testCredentials.admin.email,
  SEED_ADMIN_PASSWORD: testCredentials.admin.password,
  SITE_API_KEY: testCredentials.siteApiKey,
  PAYLOAD_JOBS_AUTORUN: 'false',
  // Tests act as many clients through X-Forwarded-For, each with its own rate-limit bucket.
  TRUST_PROXY_HOPS: '1',
  GRAPHQL_POINTS_PER_MINUTE: '20000',
  LOGIN_RATE_LIMIT: '10',
})

/** Starts `server.ts` in production mode on a fresh temporary database; resolves once /readyz answers. */
export const startCms = async (dir: string, options: { port?: number; env?: Record<string, string | undefined> } = {}) => {
  const cmsDir = path.resolve(import.meta.dirname, '../..')
  if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
    throw new Error('The CMS is not built: run `pnpm build` first (the README test command does).')
  }
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  mkdirSync(dir, { recursive: true })
  // Payload logs to stdout: keep it beside the database for when a test needs to know why.
  const log = openSync(path.join(dir, 'cms.log'), 'a')
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: cmsDir,
    env: { ...cmsEnv(dir, port), ...options.env },
    stdio: ['ignore', log, 'inherit'],
  })
  await waitUntilReady(url, child)
  return { url, child, logFile: path.join(dir, 'cms.log') }
}

export default async function setup(project: TestProject) {
  workDir = mkdtempSync(path.join(tmpdir(), 'made-in-la-cms-'))
  const started = await startCms(workDir)
  server = started.child
  const url = started.url
  project.provide('cmsUrl', url)
  project.provide('adminCredentials', testCredentials.admin)
  project.provide('siteApiKey', testCredentials.siteApiKey)
  project.provide('cmsLogFile', started.logFile)

  return async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    }
    if (workDir) rmSync(workDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    adminCredentials: { email: string; password: string }
    siteApiKey: string
    cmsLogFile: string
  }
}
