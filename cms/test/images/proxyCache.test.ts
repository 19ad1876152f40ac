/**
 * The production proxy's micro-cache key (deploy/nginx.conf, issue 11): the tracking parameters that
 * campaign and ad links add do not make new entries, every other parameter does. Runs the real nginx
 * of the images suite in front of a stand-in site that counts what reaches it; no images are built.
 */
import { type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startProxy } from '../helpers/proxy'

let dir: string
let site: Server
let proxy: { web: string; child: ChildProcess }
/** The URLs that reached the site, as nginx sent them. */
const reached: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-proxy-cache-'))
  site = createServer((request, response) => {
    reached.push(request.url ?? '')
    response.statusCode = request.url?.startsWith('/missing') ? 404 : 200
    response.setHeader('content-type', 'text/html')
    response.end(`<p>${request.url}</p>`)
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  const address = `http://127.0.0.1:${(site.address() as { port: number }).port}`
  proxy = await startProxy(path.join(dir, 'proxy'), { web: address, cms: address })
})

afterAll(async () => {
  if (proxy?.child.exitCode === null) {
    const exited = new Promise((resolve) => proxy.child.once('exit', resolve))
    proxy.child.kill('SIGTERM')
    await exited
  }
  site?.closeAllConnections()
  site?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Read to the end: nginx completes a cache entry once the response is over. */
const visit = async (url: string) => {
  const response = await fetch(`${proxy.web}${url}`)
  await response.text()
  return response
}
const cacheStatus = async (url: string) => (await visit(url)).headers.get('x-cache')

describe('tracking parameters share the page\'s cache entry (issue 11: "?utm_source=x hits the existing cache entry")', () => {
  test.each([
    ['/', '/?utm_source=a'],
    ['/', '/?fbclid=IwAR0abc'],
    ['/', '/?gclid=Cj0KCQ&utm_source=google&utm_medium=cpc'],
    ['/blog?page=2', '/blog?page=2&utm_source=newsletter&utm_medium=email&utm_campaign=broadcast'],
    ['/blog?page=2', '/blog?utm_source=x&page=2&fbclid=y'],
    ['/screenings?city=Fresno&month=2026-12', '/screenings?utm_campaign=a&city=Fresno&gclid=b&month=2026-12&msclkid=c'],
    ['/blog', '/blog?utm_content'],
  ])('%s, then %s: a hit, and the variant never reaches the site', async (page, variant) => {
    await visit(page)
    expect(await cacheStatus(variant)).toBe('HIT')
    expect(reached).not.toContain(variant)
  })

  test.each([
    ['/blog?page=2', '/blog?page=3'],
    ['/blog?page=2', '/blog?page=2&category=news'],
    ['/search?q=march', '/search?q=utm_source'],
    ['/', '/?xutm_source=a'],
    ['/', '/?fbclidx=1'],
  ])('every other parameter is its own entry: %s, then %s reaches the site', async (page, other) => {
    await visit(page)
    expect(await cacheStatus(other)).not.toBe('HIT')
    expect(reached).toContain(other)
  })
})

test('an unknown address is cached for a few seconds: a crawl of made-up links reaches the site once per link', async () => {
  const url = `/missing-${Date.now()}`
  expect((await visit(url)).status).toBe(404)
  const again = await visit(url)
  expect(again.status).toBe(404)
  expect(again.headers.get('x-cache')).toBe('HIT')
  expect(reached.filter((seen) => seen === url)).toHaveLength(1)
})
