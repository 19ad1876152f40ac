/**
 * SIGTERM to the site: readiness fails at once while it keeps serving for the drain period, then
 * every request in flight is answered before it exits 0.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, inject, test } from 'vitest'

import { freePort } from '../../cms/test/setup/cmsServer'
import { startWeb } from './setup/stack'

test('50 requests in flight when SIGTERM arrives all complete, and the site exits 0', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-web-shutdown-'))
  const { url, child } = await startWeb(dir, await freePort(), inject('cmsUrl'))
  try {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    // Distinct query strings miss the page cache, so each is a real render still under way.
    const inFlight = Array.from({ length: 50 }, (_, index) =>
      fetch(`${url}/blog?shutdown=${index}`, { headers: { accept: 'text/html' } }).then(async (response) => ({
        status: response.status,
        html: await response.text(),
        at: Date.now(),
      })),
    )
    // Long enough for all 50 requests to have reached the server, far shorter than the 50 renders
    // take on two cores.
    await new Promise((resolve) => setTimeout(resolve, 300))
    child.kill('SIGTERM')
    const killedAt = Date.now()

    const results = await Promise.all(inFlight)
    expect(results.map((result) => result.status)).toEqual(Array(50).fill(200))
    expect(results.every((result) => result.html.includes('Restore Fairness campaign'))).toBe(true)
    expect(Math.max(...results.map((result) => result.at))).toBeGreaterThan(killedAt)
    expect(await exited).toBe(0)
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
})

test('after SIGTERM, /readyz answers 503 while new visitors are still served, then the site exits 0', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-web-drain-'))
  const { url, child, logFile } = await startWeb(dir, await freePort(), inject('cmsUrl'), { NUXT_SHUTDOWN_DELAY_MS: '2000' })
  try {
    expect((await fetch(`${url}/readyz`)).status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const killedAt = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 200))

    const ready = await fetch(`${url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'draining' })
    // A new connection during the drain period: served in full, and told to close.
    const page = await fetch(`${url}/buy-the-dvd?drain=1`, { headers: { accept: 'text/html' } })
    expect(page.status).toBe(200)
    expect(page.headers.get('connection')).toBe('close')
    expect(await page.text()).toContain('Community screening kit')
    expect(Date.now() - killedAt).toBeLessThan(2000)

    expect(await exited).toBe(0)
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(2000)
    const messages = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line).msg)
    expect(messages).toContain('SIGTERM received: draining, then finishing in-flight requests')
    expect(messages.at(-1)).toBe('site stopped')
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
})
