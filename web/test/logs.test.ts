/**
 * Production logs: one JSON line per request with its request id (the proxy's, or one the site makes
 * up), the same id echoed in the response, so a visitor's report can be found in the log.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { freePort } from '../../cms/test/setup/cmsServer'
import { startWeb, stopProcess } from './setup/stack'

type Line = { level: number; time: number; name: string; msg: string; requestId?: string; method?: string; path?: string; status?: number; ms?: number }

const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-web-logs-'))
let site: Awaited<ReturnType<typeof startWeb>>

const logLines = () =>
  readFileSync(site.logFile, 'utf8')
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Line)

beforeAll(async () => {
  site = await startWeb(dir, await freePort(), inject('cmsUrl'))
})

afterAll(async () => {
  await stopProcess(site.child)
  rmSync(dir, { recursive: true, force: true })
})

test("a request id from the proxy is echoed and logged with the request's outcome", async () => {
  const requestId = `proxy-${Date.now()}`
  const response = await fetch(`${site.url}/blog`, { headers: { 'x-request-id': requestId, accept: 'text/html' } })
  expect(response.status).toBe(200)
  expect(response.headers.get('x-request-id')).toBe(requestId)
  await expect
    .poll(() => logLines().find((line) => line.requestId === requestId))
    .toMatchObject({
      name: 'site',
      level: 30,
      msg: 'request',
      method: 'GET',
      path: '/blog',
      status: 200,
    })
})

test('without one, each request gets its own id, also on errors', async () => {
  const [first, second] = await Promise.all([fetch(`${site.url}/no-such-page`), fetch(`${site.url}/api/site`)])
  expect(first.status).toBe(404)
  const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')]
  for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/)
  expect(ids[0]).not.toBe(ids[1])
  await expect.poll(() => logLines().find((line) => line.requestId === ids[0])).toMatchObject({ path: '/no-such-page', status: 404 })
})

test('every line is JSON with a level and a time', () => {
  const lines = readFileSync(site.logFile, 'utf8').trim().split('\n')
  expect(lines.length).toBeGreaterThan(2)
  // Nitro's own "Listening on" line included.
  expect(lines.some((line) => (JSON.parse(line) as Line).msg.startsWith('Listening on'))).toBe(true)
  for (const line of lines) {
    const parsed = JSON.parse(line) as Line
    expect(typeof parsed.level).toBe('number')
    expect(typeof parsed.time).toBe('number')
  }
})
