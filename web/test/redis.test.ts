/**
 * With REDIS_URL, copies of the site share one Redis (a real one): a page one copy rendered is served
 * by another even when that other cannot reach the CMS at all, and the forms' outbox, duplicate guard
 * and per-address limits are the same whichever copy a visitor reaches.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import Redis from 'ioredis'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { freePort } from '../../cms/test/setup/cmsServer'
import { findStored } from './helpers/cms'
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
  // Refused until redis-server listens; the client retries.
  client.on('error', () => {})
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

test('copies sharing Redis share the outbox, the duplicate guard and the per-address limit', async () => {
  const reachable = await startWeb(path.join(dir, 'forms-a'), await freePort(), inject('cmsUrl'), { REDIS_URL: redisUrl })
  const cutOff = await startWeb(path.join(dir, 'forms-b'), await freePort(), 'http://127.0.0.1:9', { REDIS_URL: redisUrl })
  sites.push(reachable.child, cutOff.child)
  const post = (site: { url: string }, body: Record<string, string>, address: string) =>
    fetch(`${site.url}/api/forms/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify(body),
    })

  // Accepted by the copy that cannot reach the CMS, delivered by the one that can.
  const relayed = { name: 'Relay', email: 'relay@example.org', subject: `Relayed ${Date.now()}`, message: 'Through Redis' }
  expect((await post(cutOff, relayed, '10.90.0.1')).status).toBe(202)
  await expect.poll(async () => (await findStored('contact-messages', { subject: relayed.subject })).length, { timeout: 15_000, interval: 500 }).toBe(1)

  // The same message sent to both copies at once is stored once.
  const twice = { name: 'Twice', email: 'twice@example.org', subject: `Both copies ${Date.now()}`, message: 'Once' }
  const statuses = await Promise.all([post(reachable, twice, '10.90.0.2'), post(cutOff, twice, '10.90.0.3')])
  expect(statuses.map((response) => response.status)).toEqual([202, 202])
  await new Promise((resolve) => setTimeout(resolve, 2000))
  expect(await findStored('contact-messages', { subject: twice.subject })).toHaveLength(1)

  // Five a minute per address, counted across copies.
  const address = '10.90.0.4'
  const flood = (index: number) => ({ name: 'Flood', email: 'flood@example.org', subject: `Flood ${Date.now()} ${index}`, message: 'x' })
  for (let index = 0; index < 5; index++) expect((await post(index % 2 ? cutOff : reachable, flood(index), address)).status).toBe(202)
  expect((await post(cutOff, flood(5), address)).status).toBe(429)
  expect((await post(reachable, flood(6), address)).status).toBe(429)
})
