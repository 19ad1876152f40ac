/**
 * With REDIS_URL, copies of the site share one cache in a real Redis: a page one copy rendered is
 * served by another even when that other cannot reach the CMS at all.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import Redis from 'ioredis'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { freePort } from '../../cms/test/setup/cmsServer'
import { startWeb, stopProcess } from './setup/stack'

const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-redis-'))
let redis: ChildProcess
let redisUrl: string
const sites: ChildProcess[] = []

beforeAll(async () => {
  const port = await freePort()
  redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  redisUrl = `redis://127.0.0.1:${port}`
  const client = new Redis(redisUrl, { retryStrategy: (attempt) => (attempt > 50 ? null : 200) })
  await client.ping()
  client.disconnect()
})

afterAll(async () => {
  await Promise.all(sites.map(stopProcess))
  if (redis) await stopProcess(redis)
  rmSync(dir, { recursive: true, force: true })
})

test('a page rendered by one copy is served from Redis by another that cannot reach the CMS', async () => {
  const first = await startWeb(path.join(dir, 'first'), await freePort(), inject('cmsUrl'), { REDIS_URL: redisUrl })
  sites.push(first.child)
  const fresh = await fetch(`${first.url}/buy-the-dvd`, { headers: { accept: 'text/html' } })
  expect(fresh.status).toBe(200)

  const client = new Redis(redisUrl)
  const keys = await client.keys('made-in-la:cache:*')
  client.disconnect()
  expect(keys.some((key) => key.includes('nitro:routes'))).toBe(true)
  expect(keys.some((key) => key.includes(':cms:'))).toBe(true)

  const second = await startWeb(path.join(dir, 'second'), await freePort(), 'http://127.0.0.1:9', { REDIS_URL: redisUrl })
  sites.push(second.child)
  const shared = await fetch(`${second.url}/buy-the-dvd`, { headers: { accept: 'text/html' } })
  expect(shared.status).toBe(200)
  expect(await shared.text()).toContain('Community screening kit')
})
