/**
 * Sync for partners (issue 16, item 7), against a CMS of its own that runs the jobs queue and may call
 * a receiver on this machine: `Changes` lists each publish, change, unpublish and delete of published
 * content (the last two as tombstones) in an order a cursor resumes exactly; bad arguments are a 400
 * naming the argument; and a real HTTP receiver subscribed through a webhook gets one signed event per
 * change of a screening, and the same event again after it answered 500.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { isPublicAddress } from '../src/sync/targets'
import { api as mainApi, login } from './helpers/http'
import { stopCms } from './helpers/mail'
import { sampleData } from './helpers/samples'
import { startCms, testCredentials } from './setup/cmsServer'

type Received = { headers: IncomingHttpHeaders; body: string; answered: number }

const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-sync-'))
let cms: Awaited<ReturnType<typeof startCms>>
let receiver: Server
let receiverUrl: string
const received: Received[] = []
let failures = 0
let jwt: string
let secret: string

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const answered = failures > 0 ? 500 : 204
      if (failures > 0) failures -= 1
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered })
      response.writeHead(answered).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks/made-in-la`
  cms = await startCms(dir, {
    env: { PAYLOAD_JOBS_AUTORUN: 'true', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_DELAY_MS: '100', CHANGES_SETTLE_MS: '0' },
  })
  jwt = (await call('POST', '/api/users/login', testCredentials.admin, '')).body.token
  const partner = await call('POST', '/api/partners', { name: 'Garment Workers Network', contact: 'dev@partner.invalid', pointsPerMinute: 60_000 })
  const webhook = await call('POST', '/api/webhooks', { partner: partner.body.doc.id, url: receiverUrl, secret: 'whsec_Y2hvc2VuIGJ5IGEgcGVyc29u' })
  expect(webhook.status, JSON.stringify(webhook.body)).toBe(201)
  secret = webhook.body.doc.secret
})

afterAll(async () => {
  await stopCms(cms)
  await new Promise((resolve) => receiver?.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

const call = async (method: string, pathname: string, body?: unknown, authorization = `JWT ${jwt}`) => {
  const response = await fetch(`${cms.url}${pathname}`, {
    method,
    headers: {
      'content-type': 'application/json',
      // GraphQL over HTTP answers a refused query with a 400 for this media type (200 for plain JSON).
      accept: 'application/graphql-response+json, application/json',
      ...(authorization ? { authorization } : {}),
      'x-forwarded-for': '10.9.0.1',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

/** A partner's GraphQL request: anonymous, from its own address. */
const partnerQuery = (query: string, variables: Record<string, unknown> = {}) =>
  call('POST', '/api/graphql', { query, variables }, '').then(({ status, body }) => ({ status, body }))

const changesQuery = `query Sync($since: String!, $after: String, $limit: Int, $collection: ChangeCollection) {
  Changes(updatedSince: $since, after: $after, limit: $limit, collection: $collection) {
    docs { collection id slug kind tombstone at cursor }
    endCursor hasNextPage
  }
}`

type Change = { collection: string; id: string; slug: string | null; kind: string; tombstone: boolean; at: string; cursor: string }

const changes = async (variables: Record<string, unknown>) => {
  const { status, body } = await partnerQuery(changesQuery, variables)
  expect(status, JSON.stringify(body)).toBe(200)
  expect(body.errors).toBeUndefined()
  return body.data.Changes as { docs: Change[]; endCursor: string | null; hasNextPage: boolean }
}

const newScreening = async (data: Record<string, unknown> = {}, query = '') => {
  const created = await call('POST', `/api/screenings${query}`, { ...sampleData('screenings'), ...data })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc as { id: string; slug: string }
}

const save = async (id: string, data: Record<string, unknown>, query = '') => {
  const saved = await call('PATCH', `/api/screenings/${id}${query}`, data)
  expect(saved.status, JSON.stringify(saved.body)).toBe(200)
}

describe('Changes', () => {
  test('publish, change, unpublish, republish and delete are entries in order; unpublish and delete are tombstones; drafts are none', async () => {
    const since = new Date().toISOString()
    const draft = await newScreening({ _status: 'draft', title: 'A draft nobody sees' }, '?draft=true')
    await save(draft.id, { _status: 'published' })
    await save(draft.id, { title: 'A secret new title', _status: 'draft' }, '?draft=true')
    await save(draft.id, { description: 'Now with a discussion after.', _status: 'published' })
    await save(draft.id, { _status: 'draft' })
    await save(draft.id, { _status: 'published' })
    expect((await call('DELETE', `/api/screenings/${draft.id}`)).status).toBe(200)
    // Never published, so never public: its delete is nothing to a partner either.
    const neverPublished = await newScreening({ _status: 'draft' }, '?draft=true')
    expect((await call('DELETE', `/api/screenings/${neverPublished.id}`)).status).toBe(200)

    const { docs } = await changes({ since, collection: 'screenings', limit: 100 })
    const mine = docs.filter((change) => change.id === draft.id)
    expect(mine.map(({ kind, tombstone }) => [kind, tombstone])).toEqual([
      ['published', false],
      ['changed', false],
      ['unpublished', true],
      ['published', false],
      ['deleted', true],
    ])
    expect(mine.every((change) => change.collection === 'screenings' && change.slug === draft.slug)).toBe(true)
    expect(docs.some((change) => change.id === neverPublished.id)).toBe(false)
    expect(JSON.stringify(docs)).not.toContain('a-secret-new-title')
  })

  test('paging with the cursor returns every entry exactly once, in order, and resumes after the last', async () => {
    const since = new Date(Date.now() - 60_000).toISOString()
    for (let index = 0; index < 5; index++) {
      const created = await call('POST', '/api/press-items', sampleData('press-items'))
      expect(created.status).toBe(201)
    }
    const all = await changes({ since, limit: 100 })
    expect(all.hasNextPage).toBe(false)
    const paged: Change[] = []
    let after: string | null = null
    for (let page = 0; page < 50; page++) {
      const result: Awaited<ReturnType<typeof changes>> = await changes({ since, after, limit: 2 })
      paged.push(...result.docs)
      after = result.endCursor
      if (!result.hasNextPage) break
    }
    expect(paged.map((change) => change.cursor)).toEqual(all.docs.map((change) => change.cursor))
    expect(new Set(paged.map((change) => change.cursor)).size).toBe(paged.length)
    const times = paged.map((change) => change.at)
    expect([...times].sort()).toEqual(times)

    const later = await call('POST', '/api/press-items', sampleData('press-items'))
    const resumed = await changes({ since, after, limit: 100 })
    expect(resumed.docs.map(({ id, kind }) => ({ id, kind }))).toEqual([{ id: later.body.doc.id, kind: 'published' }])
    expect((await changes({ since, after: resumed.endCursor })).docs).toEqual([])
  })

  test.each([
    ['a date that is not one', { since: 'yesterday' }, 'updatedSince'],
    ['a date older than the changes kept', { since: new Date(Date.now() - 40 * 86_400_000).toISOString() }, 'updatedSince'],
    ['a cursor this API did not make', { since: new Date().toISOString(), after: 'not-a-cursor' }, 'after'],
    ['limit 0', { since: new Date().toISOString(), limit: 0 }, 'limit'],
    ['limit 101', { since: new Date().toISOString(), limit: 101 }, 'limit'],
  ])('%s: a 400 with BAD_USER_INPUT naming %s', async (_name, variables, argument) => {
    const { status, body } = await partnerQuery(changesQuery, variables)
    expect(status).toBe(400)
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument })
  })

  test('an inline malformed date is refused the same way', async () => {
    const { status, body } = await partnerQuery('{ Changes(updatedSince: "2026-13-45") { docs { id } } }')
    expect(status).toBe(400)
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'updatedSince' })
  })

  test('is priced like the other lists: fifteen pages of 100 cost more than one request may', async () => {
    const since = new Date().toISOString()
    const aliases = Array.from({ length: 15 }, (_, index) => `a${index}: Changes(updatedSince: "${since}", limit: 100) { docs { id slug kind at cursor } }`)
    const { status, body } = await partnerQuery(`{ ${aliases.join(' ')} }`)
    expect(status).toBe(400)
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY')
  })

  test('the entries, webhooks and deliveries are not readable or writable directly by anyone outside the admin', async () => {
    for (const slug of ['content-changes', 'webhooks', 'webhook-deliveries']) {
      expect((await call('GET', `/api/${slug}`, undefined, '')).status, slug).toBe(403)
    }
    for (const slug of ['content-changes', 'webhook-deliveries']) {
      expect((await call('POST', `/api/${slug}`, {})).status, `admin creates ${slug}`).toBe(403)
    }
    const listed = await partnerQuery('{ Webhooks { docs { url secret } } }')
    expect(listed.body.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(listed.body)).not.toContain('whsec_')
    const entries = await partnerQuery('{ ContentChanges { docs { id } } }')
    expect(entries.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED')
    // Admins read the log in the admin.
    const read = await call('GET', '/api/content-changes?limit=1')
    expect(read.status).toBe(200)
    expect(read.body.docs[0]).toMatchObject({ kind: expect.any(String), document: expect.any(String) })
  })
})

describe('webhooks', () => {
  const eventsFor = (id: string) => received.filter((request) => JSON.parse(request.body).data.id === id)

  test('the signing secret is made by the CMS, never chosen, and kept when the webhook is edited', async () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(secret).not.toBe('whsec_Y2hvc2VuIGJ5IGEgcGVyc29u')
    const { body } = await call('GET', '/api/webhooks?limit=1')
    const edited = await call('PATCH', `/api/webhooks/${body.docs[0].id}`, { secret: 'whsec_Y2hvc2VuIGJ5IGEgcGVyc29u', active: true })
    expect(edited.body.doc.secret).toBe(secret)
  })

  test('a receiver gets one signed event per change of a published screening, and none for a draft', async () => {
    const screening = await newScreening({ _status: 'published' })
    await save(screening.id, { description: 'Doors at 6.', _status: 'published' })
    await save(screening.id, { status: 'cancelled', _status: 'published' })
    await save(screening.id, { title: 'Only a draft', _status: 'draft' }, '?draft=true')
    expect((await call('DELETE', `/api/screenings/${screening.id}`)).status).toBe(200)

    await expect.poll(() => eventsFor(screening.id).length, { timeout: 15_000, interval: 250 }).toBe(4)
    // Two more runs of the queue: nothing is sent twice.
    await new Promise((resolve) => setTimeout(resolve, 4_500))
    const events = eventsFor(screening.id)
    expect(events).toHaveLength(4)
    const verifier = new Webhook(secret)
    const bodies = events.map(
      ({ headers, body }) => verifier.verify(body, headers as Record<string, string>) as { type: string; data: Record<string, unknown> },
    )
    expect(bodies.map(({ type }) => type).sort()).toEqual(['screening.cancelled', 'screening.changed', 'screening.published', 'screening.removed'])
    expect(bodies.find(({ type }) => type === 'screening.cancelled')!.data).toMatchObject({ id: screening.id, slug: screening.slug, status: 'cancelled' })
    expect(new Set(events.map(({ headers }) => headers['webhook-id'])).size).toBe(4)
    // A signature made with another secret does not verify.
    expect(() => new Webhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').verify(events[0]!.body, events[0]!.headers as Record<string, string>)).toThrow()
  })

  test('after the receiver answers 500, the same event comes again with the same webhook-id, and admins see both tries', async () => {
    failures = 1
    const screening = await newScreening({ _status: 'published' })
    await expect.poll(() => eventsFor(screening.id).map(({ answered }) => answered), { timeout: 20_000, interval: 250 }).toEqual([500, 204])
    const [first, second] = eventsFor(screening.id)
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id'])
    expect(second!.body).toBe(first!.body)
    expect(() => new Webhook(secret).verify(second!.body, second!.headers as Record<string, string>)).not.toThrow()

    const messageId = String(first!.headers['webhook-id'])
    await expect
      .poll(async () => (await call('GET', `/api/webhook-deliveries?where[messageId][equals]=${messageId}`)).body.docs[0]?.status, { timeout: 5_000 })
      .toBe('delivered')
    const { body } = await call('GET', `/api/webhook-deliveries?where[messageId][equals]=${messageId}`)
    expect(body.docs[0]).toMatchObject({ event: 'screening.published', attempts: 2, lastStatusCode: 204 })
  })
})

describe('webhook targets', () => {
  test.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['192.168.0.10', false],
    ['169.254.169.254', false],
    ['::1', false],
    ['::ffff:127.0.0.1', false],
    ['fd12:3456::1', false],
    ['93.184.216.34', true],
    ['2606:4700:4700::1111', true],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected)
  })

  test('a production CMS without WEBHOOK_ALLOW_PRIVATE_TARGETS refuses a private address when the webhook is saved', async () => {
    const { email, password } = inject('adminCredentials')
    const auth = { jwt: await login(email, password) }
    for (const url of ['http://127.0.0.1:9/hooks', 'http://localhost/hooks', 'http://[::1]/hooks', 'http://169.254.169.254/latest']) {
      const refused = await mainApi('POST', '/api/webhooks', { auth, body: { url } })
      expect(refused.status, url).toBe(400)
      expect(JSON.stringify(refused.body)).toContain('private address')
    }
    const accepted = await mainApi('POST', '/api/webhooks', { auth, body: { url: 'https://partner.example/hooks' } })
    expect(accepted.status).toBe(201)
  })
})
