/**
 * The real thing, end to end: the CMS (built, production mode, temporary seeded SQLite file) and the
 * built Nuxt server reading it, each on a free port. The CMS notifies the site after each publish.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { freePort, startCms, testCredentials } from '../../../cms/test/setup/cmsServer'

const webDir = path.resolve(import.meta.dirname, '../..')
export const revalidateSecret = 'test-revalidate-secret'

export type Stack = {
  cmsUrl: string
  webUrl: string
  cms: ChildProcess
  web: ChildProcess
  dir: string
  cmsPort: number
  webPort: number
}

/** The site is up when /healthz answers, whether or not the CMS is (that is /readyz's question). */
const waitForHealth = async (url: string, child: ChildProcess, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site exited early with code ${child.exitCode}`)
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the site did not answer /healthz within ${timeoutMs} ms`)
}

/** Starts the built site against `cmsUrl`, caching into `dir` (so a restart keeps the cache). */
export const startWeb = async (dir: string, port: number, cmsUrl: string, env: Record<string, string | undefined> = {}) => {
  const server = path.join(webDir, '.output', 'server', 'index.mjs')
  if (!existsSync(server)) throw new Error('The site is not built: run `pnpm build` first (the README test command does).')
  mkdirSync(dir, { recursive: true })
  const child = spawn(process.execPath, [server], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      NUXT_CMS_URL: cmsUrl,
      NUXT_REVALIDATE_SECRET: revalidateSecret,
      NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
      NUXT_SITE_URL: `http://127.0.0.1:${port}`,
      NUXT_PUBLIC_I18N_BASE_URL: `http://127.0.0.1:${port}`,
      NUXT_CMS_API_KEY: testCredentials.siteApiKey,
      // Tests act as many visitors through X-Forwarded-For, each with its own rate-limit bucket.
      NUXT_TRUST_PROXY: 'true',
      NUXT_OUTBOX_INTERVAL_MS: '500',
      NUXT_FORM_STATE_SWEEP_MS: '500',
      ...env,
    },
    // The site's log lines (JSON, as in production) go beside its cache, for tests that read them.
    stdio: ['ignore', openSync(path.join(dir, 'web.log'), 'a'), 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url, child)
  return { url, child, logFile: path.join(dir, 'web.log') }
}

export const stopProcess = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

export const startStack = async (): Promise<Stack> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-stack-'))
  const webPort = await freePort()
  const { url: cmsUrl, child: cms } = await startCms(path.join(dir, 'cms'), {
    env: { WEB_URL: `http://127.0.0.1:${webPort}`, SITE_PUBLIC_URL: `http://127.0.0.1:${webPort}`, REVALIDATE_SECRET: revalidateSecret },
  })
  const { url: webUrl, child: web } = await startWeb(path.join(dir, 'web'), webPort, cmsUrl)
  return { cmsUrl, webUrl, cms, web, dir, cmsPort: Number(new URL(cmsUrl).port), webPort }
}

export const stopStack = async (stack: Stack) => {
  await Promise.all([stopProcess(stack.web), stopProcess(stack.cms)])
  rmSync(stack.dir, { recursive: true, force: true })
}

export default async function setup(project: TestProject) {
  const stack = await startStack()
  project.provide('webUrl', stack.webUrl)
  // The site's working directory: its file caches, outbox and form state are under .data there.
  project.provide('webDir', path.join(stack.dir, 'web'))
  project.provide('cmsUrl', stack.cmsUrl)
  project.provide('adminCredentials', testCredentials.admin)
  project.provide('siteApiKey', testCredentials.siteApiKey)
  return () => stopStack(stack)
}

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
    webDir: string
    cmsUrl: string
    adminCredentials: { email: string; password: string }
    siteApiKey: string
  }
}
