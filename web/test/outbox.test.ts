/**
 * Submissions are never lost: accepted while the CMS is down, delivered exactly once when it is
 * back; and many at once all arrive, none doubled. Runs its own CMS and site.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { freePort, startCms, testCredentials } from '../../cms/test/setup/cmsServer'
import { revalidateSecret, type Stack, startStack, startWeb, stopProcess, stopStack } from './setup/stack'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})

afterAll(async () => {
  await stopStack(stack)
})

const submit = (index: number, batch: string) =>
  fetch(`${stack.webUrl}/api/forms/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.70.${Math.floor(index / 200)}.${index % 200}` },
    body: JSON.stringify({ name: `Visitor ${index}`, email: `visitor${index}@example.org`, subject: `${batch} ${index}`, message: 'Hello' }),
  })

/** Reads a collection as the seeded admin. */
const readAsAdmin = async (path: string) => {
  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.71.0.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify(testCredentials.admin),
  })
  const { token } = await login.json()
  const response = await fetch(`${stack.cmsUrl}${path}`, { headers: { authorization: `JWT ${token}` } })
  return (await response.json()).docs as Record<string, unknown>[]
}

const storedSubjects = async (batch: string) => {
  const docs = await readAsAdmin(`/api/contact-messages?where[subject][like]=${encodeURIComponent(batch)}&limit=1000&depth=0`)
  return docs.map((doc) => doc.subject as string)
}

test('with the CMS stopped, 50 submissions are accepted; after it restarts each is stored once', async () => {
  await stopProcess(stack.cms)
  const batch = `Outage ${Date.now()}`
  const responses = await Promise.all(Array.from({ length: 50 }, (_, index) => submit(index, batch)))
  expect(responses.map((response) => response.status)).toEqual(Array(50).fill(202))

  stack.cms = (await startCms(path.join(stack.dir, 'cms'), { port: stack.cmsPort, env: { WEB_URL: stack.webUrl, REVALIDATE_SECRET: revalidateSecret } })).child
  await expect.poll(async () => (await storedSubjects(batch)).length, { timeout: 30_000, interval: 500 }).toBe(50)
  // Let a few more retry rounds pass: still 50, each subject once.
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const subjects = await storedSubjects(batch)
  expect(subjects).toHaveLength(50)
  expect(new Set(subjects).size).toBe(50)
})

test('200 concurrent submissions to one form end as exactly 200 documents', async () => {
  const batch = `Burst ${Date.now()}`
  const responses = await Promise.all(Array.from({ length: 200 }, (_, index) => submit(index, batch)))
  expect(responses.map((response) => response.status)).toEqual(Array(200).fill(202))
  await expect.poll(async () => (await storedSubjects(batch)).length, { timeout: 30_000, interval: 500 }).toBe(200)
  const subjects = await storedSubjects(batch)
  expect(new Set(subjects).size).toBe(200)
})

test('submissions the CMS refuses are set aside for the moderators, and do not hold up those after them (issue 12, finding 1)', async () => {
  // Already in the outbox, older than anything sent next: a comment whose post is gone (accepted while
  // it was published), and a pledge the CMS's rules refuse.
  const outbox = path.join(stack.dir, 'web', '.data', 'outbox', 'pending')
  mkdirSync(outbox, { recursive: true })
  const poison = [
    { form: 'comment', data: { post: randomUUID(), name: 'Ana', email: 'ana@example.org', body: 'On a post since deleted' } },
    { form: 'pledge', data: { name: 'Ana', city: 'Fresno', message: 'x'.repeat(400), consentToShow: true } },
  ].map((entry) => ({ ...entry, id: randomUUID(), attempts: 0, createdAt: new Date(Date.now() - 60_000).toISOString() }))
  for (const entry of poison) writeFileSync(path.join(outbox, entry.id), JSON.stringify(entry))

  const batch = `After poison ${Date.now()}`
  expect((await submit(900, batch)).status).toBe(202)
  await expect.poll(async () => (await storedSubjects(batch)).length, { timeout: 30_000, interval: 500 }).toBe(1)

  const setAside = async () => readAsAdmin(`/api/undelivered-submissions?where[submissionId][in]=${poison.map((entry) => entry.id).join(',')}&limit=10&depth=0`)
  await expect.poll(async () => (await setAside()).length, { timeout: 30_000, interval: 500 }).toBe(2)
  const reasons = Object.fromEntries((await setAside()).map((doc) => [doc.form, doc.reason as string]))
  expect(reasons.comment).toMatch(/refused it \(400\).*post must be a published post/)
  expect(reasons.pledge).toMatch(/refused it \(400\).*message/)
  expect(readdirSync(outbox).filter((name) => poison.some((entry) => entry.id === name))).toEqual([])
})

test("with the site's key refused, submissions wait in the outbox for the key to be fixed, none set aside", async () => {
  const dir = path.join(stack.dir, 'web-wrong-key')
  const { url, child } = await startWeb(dir, await freePort(), stack.cmsUrl, { NUXT_CMS_API_KEY: 'not-the-site-key' })
  try {
    const batch = `Wrong key ${Date.now()}`
    const response = await fetch(`${url}/api/forms/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.72.0.1' },
      body: JSON.stringify({ name: 'Visitor', email: 'visitor@example.org', subject: batch, message: 'Hello' }),
    })
    expect(response.status).toBe(202)
    // Several delivery rounds later: still pending, nothing parked.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(readdirSync(path.join(dir, '.data', 'outbox', 'pending'))).toHaveLength(1)
    expect(existsSync(path.join(dir, '.data', 'outbox', 'parked'))).toBe(false)
    expect(await storedSubjects(batch)).toEqual([])
  } finally {
    await stopProcess(child)
  }
})

/** A CMS that answers each contact message with the status its subject asks for (201 otherwise), and notes what arrives. */
const cmsFailingSome = async (statusFor: (subject: string) => number) => {
  const received: { path: string; subject: string; at: number; body: Record<string, unknown> }[] = []
  const server = createServer((incoming, answer) => {
    let text = ''
    incoming.on('data', (chunk) => (text += chunk))
    incoming.on('end', () => {
      const body = JSON.parse(text || '{}') as Record<string, unknown>
      const subject = String(body.subject ?? (body.data as Record<string, unknown> | undefined)?.subject ?? '')
      received.push({ path: incoming.url ?? '', subject, at: Date.now(), body })
      const status = incoming.url === '/api/contact-messages' ? statusFor(subject) : incoming.url === '/api/undelivered-submissions' ? 201 : 404
      answer.writeHead(status, { 'content-type': 'application/json' })
      answer.end(JSON.stringify(status < 300 ? { doc: { id: randomUUID() } } : { errors: [{ message: 'Something went wrong.' }] }))
    })
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const close = () => {
    server.closeAllConnections()
    server.close()
  }
  return { url: `http://127.0.0.1:${port}`, received, close }
}

test('entries the CMS keeps failing wait their own turn and hold up nobody behind them (issue 12, finding 1: three 500s in a row; also a 503, a 429, and a CMS failing every entry for a day)', async () => {
  const failing = {
    'fails 500 a': 500,
    'fails 500 b': 500,
    'fails 500 c': 500,
    'fails 503': 503,
    'fails 429': 429,
    'fails for a day': 500,
    'fails for 23 hours': 500,
  }
  const cms = await cmsFailingSome((subject) => failing[subject as keyof typeof failing] ?? 201)
  const dir = path.join(stack.dir, 'web-failing-cms')
  const pending = path.join(dir, '.data', 'outbox', 'pending')
  mkdirSync(pending, { recursive: true })
  // Already in the outbox, oldest first: everything that fails, then one the CMS takes. The age of an
  // entry is the clock that sets it aside: one a day old, one an hour short of that.
  const ages: Record<string, number> = { 'fails for a day': 25 * 3_600_000, 'fails for 23 hours': 23 * 3_600_000 }
  const entries = [...Object.keys(failing), 'delivered'].map((subject, index) => ({
    id: randomUUID(),
    form: 'contact',
    data: { name: 'Ana', email: 'ana@example.org', subject, message: 'Hello' },
    attempts: 0,
    createdAt: new Date(Date.now() - (ages[subject] ?? 60_000 - index * 1000)).toISOString(),
  }))
  for (const entry of entries) writeFileSync(path.join(pending, entry.id), JSON.stringify(entry))
  const { child } = await startWeb(dir, await freePort(), cms.url)
  try {
    const contact = () => cms.received.filter((request) => request.path === '/api/contact-messages')
    await expect.poll(() => contact().some((request) => request.subject === 'delivered'), { timeout: 10_000, interval: 100 }).toBe(true)
    // Delivered in the round that first tried the failing ones, ahead of any second try.
    const beforeDelivery = contact().slice(
      0,
      contact().findIndex((request) => request.subject === 'delivered'),
    )
    expect(beforeDelivery.map((request) => request.subject).sort()).toEqual(Object.keys(failing).sort())

    // Each failing entry is tried again, after a wait of its own that doubles (the interval is 500 ms).
    await new Promise((resolve) => setTimeout(resolve, 4000))
    for (const subject of ['fails 500 a', 'fails 503', 'fails 429']) {
      const tries = contact()
        .filter((request) => request.subject === subject)
        .map((request) => request.at)
      expect(tries.length, subject).toBeGreaterThanOrEqual(2)
      expect(tries.length, subject).toBeLessThanOrEqual(5)
      tries.slice(1).forEach((at, index) => expect(at - tries[index]!, `${subject}, wait ${index + 1}`).toBeGreaterThanOrEqual(500 * 2 ** index - 50))
      const stored = JSON.parse(readFileSync(path.join(pending, entries.find((entry) => entry.data.subject === subject)!.id), 'utf8'))
      // (The latest try may still be on its way back.)
      expect(stored.failures, subject).toBeGreaterThanOrEqual(tries.length - 1)
      expect(Date.parse(stored.retryAt), subject).toBeGreaterThan(tries.at(-2)! + 500)
    }
    expect(contact().filter((request) => request.subject === 'delivered')).toHaveLength(1)

    // A day of failures sets an entry aside for the moderators; 23 hours do not.
    const handedOver = cms.received.filter((request) => request.path === '/api/undelivered-submissions')
    expect(handedOver.map((request) => request.subject)).toEqual(['fails for a day'])
    expect(handedOver[0]!.body.reason).toMatch(/failed to store it for a day/)
    const stillPending = readdirSync(pending).map((name) => JSON.parse(readFileSync(path.join(pending, name), 'utf8')).data.subject)
    expect(stillPending.sort()).toEqual(
      Object.keys(failing)
        .filter((subject) => subject !== 'fails for a day')
        .sort(),
    )
  } finally {
    await stopProcess(child)
    cms.close()
  }
})
