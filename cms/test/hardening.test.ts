/**
 * Findings of the outside test (issue 12), each tried as the attacker did and with other members of
 * its class: API keys, short passwords, list sizes, Payload's own internal collections.
 */
import { request } from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { api, type Auth, cmsUrl, graphql, randomIp, unique } from './helpers/http'
import { bootLocalPayload } from './helpers/localPayload'
import { sampleData } from './helpers/samples'
import { signInAsEveryRole, type RoleName } from './helpers/users'

let members: Record<RoleName, Auth & { id?: string }>

beforeAll(async () => {
  members = await signInAsEveryRole()
})

describe('API keys are the admins to give (finding 6)', () => {
  const siteKey = () => inject('siteApiKey')

  test("an editor cannot take the site's key; the site's deliveries keep working", async () => {
    const taken = await api('PATCH', `/api/users/${members.editor.id}`, { auth: members.editor, body: { enableAPIKey: true, apiKey: siteKey() } })
    expect(taken.status).toBe(403)
    expect(taken.body.errors[0].message).toBe('Only admins may turn on or change API keys.')
    const delivered = await api('POST', '/api/contact-messages', { auth: members.site, body: sampleData('contact-messages') })
    expect(delivered.status).toBe(201)
  })

  test('class: nor set a key of its own choosing, nor switch one on, as an editor or a moderator', async () => {
    for (const role of ['editor', 'moderator'] as const) {
      const ownKey = await api('PATCH', `/api/users/${members[role].id}`, { auth: members[role], body: { enableAPIKey: true, apiKey: unique('my-own-key') } })
      expect(ownKey.status, role).toBe(403)
      const switchedOn = await api('PATCH', `/api/users/${members[role].id}`, { auth: members[role], body: { enableAPIKey: true } })
      expect(switchedOn.status, role).toBe(403)
    }
    const me = await api('GET', '/api/users/me', { auth: members.editor })
    expect(me.body.user.enableAPIKey ?? false).toBe(false)
  })

  test('class: nor through GraphQL', async () => {
    const result = await graphql(
      'mutation($id: String!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }',
      { id: members.editor.id, data: { enableAPIKey: true, apiKey: siteKey() } },
      members.editor,
    )
    expect(result.body.errors[0].message).toBe('Only admins may turn on or change API keys.')
  })

  test("an admin cannot give another account the site's key: one key opens one account", async () => {
    const result = await api('PATCH', `/api/users/${members.moderator.id}`, { auth: members.admin, body: { enableAPIKey: true, apiKey: siteKey() } })
    expect(result.status).toBe(400)
    expect(result.body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'apiKey', message: expect.stringContaining('already in use') }))
  })

  test('an admin gives an account a key of its own, and it opens that account', async () => {
    const key = unique('moderator-key')
    const given = await api('PATCH', `/api/users/${members.moderator.id}`, { auth: members.admin, body: { enableAPIKey: true, apiKey: key } })
    expect(given.status).toBe(200)
    const me = await api('GET', '/api/users/me', { auth: { apiKey: key, ip: randomIp() } })
    expect(me.body.user.id).toBe(members.moderator.id)
  })
})

describe('passwords of at least 12 characters (finding 11)', () => {
  test('a 3-character password is refused when an admin creates an account, naming the field', async () => {
    const result = await api('POST', '/api/users', { auth: members.admin, body: { ...sampleData('users'), password: 'abc' } })
    expect(result.status).toBe(400)
    expect(result.body.errors[0].data.errors).toContainEqual({ path: 'password', message: 'password must be at least 12 characters.' })
  })

  test('class: and when members change their own, over REST and GraphQL', async () => {
    const rest = await api('PATCH', `/api/users/${members.editor.id}`, { auth: members.editor, body: { password: 'eleven-char' } })
    expect(rest.status).toBe(400)
    const viaGraphql = await graphql(
      'mutation($id: String!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }',
      { id: members.editor.id, data: { password: 'short' } },
      members.editor,
    )
    expect(viaGraphql.body.errors[0].message).toMatch(/invalid: password|at least 12/i)
  })

  describe('class: and through the emailed reset link', () => {
    let payload: Payload
    let shutdown: () => Promise<void>

    beforeAll(async () => {
      ;({ payload, shutdown } = await bootLocalPayload('passwords'))
    })

    afterAll(async () => {
      await shutdown?.()
    })

    test('a reset to a short password is refused; a long one is taken', async () => {
      const email = `${unique('reset')}@test.invalid`
      await payload.create({ collection: 'users', data: { email, password: 'a-long-enough-password', name: 'Reset', roles: ['editor'] } })
      const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
      await expect(payload.resetPassword({ collection: 'users', data: { token, password: 'abc' }, overrideAccess: true })).rejects.toThrow(/invalid: password/)
      const reset = await payload.resetPassword({ collection: 'users', data: { token, password: 'another-long-password' }, overrideAccess: true })
      expect(reset.user).toBeTruthy()
    })

    test("the CMS refuses to start when the site's key opens another account", async () => {
      const { accountsHoldingKey, checkSiteKeyHolder } = await import('../src/siteAccount')
      const siteKey = unique('site-key')
      await payload.create({
        collection: 'users',
        data: {
          email: `${unique('holder')}@test.invalid`,
          password: 'a-long-enough-password',
          name: 'Holder',
          roles: ['editor'],
          enableAPIKey: true,
          apiKey: siteKey,
        },
      })
      expect(await accountsHoldingKey(payload, siteKey)).toHaveLength(1)
      await expect(checkSiteKeyHolder(payload, siteKey)).rejects.toThrow(/SITE_API_KEY also opens the account holder-/)
    })
  })
})

describe('list sizes are capped at 100 on every API (finding 8)', () => {
  const anonymous = () => ({ ip: randomIp() })

  test.each([
    ['limit: 0', '{ Posts(limit: 0) { docs { title } } }', {}],
    ['a variable whose default is 100000', 'query($n: Int = 100000) { Posts(limit: $n) { docs { title } } }', {}],
    ['a variable set to 0', 'query($n: Int) { Screenings(limit: $n) { docs { title } } }', { n: 0 }],
  ])('GraphQL refuses %s', async (_name, query, variables) => {
    const result = await graphql(query, variables, anonymous())
    // The test server runs in production: the limit is named, not its numbers (graphql.test.ts).
    expect(result.body.errors[0].message).toMatch(/^limit must be a page size this API serves/)
    expect(result.body.data ?? undefined).toBeUndefined()
  })

  test('GraphQL refuses pagination: false to anonymous clients, and staff may use it', async () => {
    const refused = await graphql('{ Posts(pagination: false) { docs { title } } }', {}, anonymous())
    expect(refused.body.errors[0].message).toMatch(/pagination: false is not available/)
    expect(refused.body.data?.Posts ?? null).toBeNull()
    const staff = await graphql('{ Posts(pagination: false) { docs { title } } }', {}, members.editor)
    expect(staff.body.errors).toBeUndefined()
  })

  test.each([['limit=0'], ['limit=1000'], ['limit=-5'], ['pagination=false']])('REST refuses ?%s with a 400 that says why', async (query) => {
    for (const collection of ['posts', 'screenings', 'dvds']) {
      const result = await api('GET', `/api/${collection}?${query}`, { auth: anonymous() })
      expect(result.status, collection).toBe(400)
      expect(result.body.errors[0].message).toMatch(/limit must be a page size this API serves|pagination: false is not available/)
    }
  })

  test('REST and GraphQL lists within the cap answer as before', async () => {
    const rest = await api('GET', '/api/screenings?limit=100', { auth: anonymous() })
    expect(rest.status).toBe(200)
    const small = await api('GET', '/api/screenings?limit=2', { auth: anonymous() })
    expect(small.body.docs.length).toBeLessThanOrEqual(2)
    const list = await graphql('{ Screenings(limit: 100) { docs { title } } }', {}, anonymous())
    expect(list.body.errors).toBeUndefined()
  })
})

describe("the admin's reads sent as POST (its relationship pickers)", () => {
  /** As the admin's pickers send them: the query string as a form-encoded body, marked as a read. */
  const readByPost = (collection: string, query: string, auth: Auth) =>
    fetch(`${cmsUrl()}/api/${collection}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
        authorization: `JWT ${auth.jwt}`,
        'x-forwarded-for': randomIp(),
      },
      body: query,
    })

  test.each(['categories', 'media', 'posts', 'pages', 'screenings'])(
    '%s answer the picker with documents, under the same checks as a GET',
    async (collection) => {
      const read = await readByPost(collection, 'limit=5&depth=0&where[id][exists]=true', members.editor)
      expect(read.status).toBe(200)
      expect(Array.isArray((await read.json()).docs)).toBe(true)
      const malformed = await readByPost(collection, 'page=0', members.editor)
      expect(malformed.status).toBe(400)
      expect((await malformed.json()).errors[0].message).toMatch(/page must be a whole number of at least 1/)
    },
  )

  test('a form-encoded body that is not marked as a read is still refused', async () => {
    const response = await fetch(`${cmsUrl()}/api/categories`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `JWT ${members.editor.jwt}`, 'x-forwarded-for': randomIp() },
      body: 'title=Nope',
    })
    expect(response.status).toBe(415)
  })
})

describe("Payload's own collections (finding 13)", () => {
  test("the site's key cannot write or read admin preferences", async () => {
    const written = await api('POST', '/api/payload-preferences/site-was-here', { auth: members.site, body: { value: { columns: [] } } })
    expect(written.status).toBeGreaterThanOrEqual(400)
    expect(written.status).toBeLessThan(500)
    const read = await api('GET', '/api/payload-preferences', { auth: members.site })
    expect(read.body.docs ?? []).toEqual([])
    const staff = await api('POST', '/api/payload-preferences/editor-columns', { auth: members.editor, body: { value: { columns: [] } } })
    expect(staff.status).toBe(200)
  })
})

describe('a submission naming what does not exist is a 400 that names the field, never a 500 (finding 1)', () => {
  let draftPostId: string
  let publishedPostId: string

  beforeAll(async () => {
    const draft = await api('POST', '/api/posts?draft=true', { auth: members.editor, body: { ...sampleData('posts'), _status: 'draft' } })
    draftPostId = draft.body.doc.id
    const published = await api('POST', '/api/posts', { auth: members.editor, body: { ...sampleData('posts'), _status: 'published' } })
    publishedPostId = published.body.doc.id
  })

  test.each([
    ['a post that does not exist', () => '00000000-0000-4000-8000-000000000000'],
    ['a draft post', () => draftPostId],
    ['an id no database could hold', () => 'not-an-id'],
    ['an object in place of an id', () => ({ id: { $ne: null } })],
  ])('a comment on %s', async (_name, post) => {
    const result = await api('POST', '/api/comments', { auth: members.site, body: { ...sampleData('comments'), post: post() } })
    expect(result.status).toBe(400)
    expect(result.body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'post' }))
  })

  test('a comment on a published post is stored', async () => {
    const result = await api('POST', '/api/comments', { auth: members.site, body: sampleData('comments', { postId: publishedPostId }) })
    expect(result.status).toBe(201)
  })
})

describe('timestamps are the CMS to set (finding 13)', () => {
  const backdated = { createdAt: '2001-01-01T00:00:00.000Z', updatedAt: '2001-01-01T00:00:00.000Z' }
  const recent = (iso: string) => Date.now() - Date.parse(iso) < 5 * 60 * 1000

  test.each([
    ['the site key, on a contact message', 'contact-messages', () => members.site, () => sampleData('contact-messages')],
    ['the site key, on a pledge', 'pledges', () => members.site, () => sampleData('pledges')],
    ['an editor, on a post', 'posts', () => members.editor, () => ({ ...sampleData('posts'), _status: 'published' })],
  ])('%s: a backdated createdAt and updatedAt are ignored', async (_name, collection, auth, data) => {
    const created = await api('POST', `/api/${collection}`, { auth: auth(), body: { ...data(), ...backdated } })
    expect(created.status).toBe(201)
    const stored = await api('GET', `/api/${collection}/${created.body.doc.id}?depth=0`, { auth: members.admin })
    expect(recent(stored.body.createdAt)).toBe(true)
    expect(recent(stored.body.updatedAt)).toBe(true)
  })
})

test('and an edit still moves updatedAt on, while a backdated one is ignored (finding 13)', async () => {
  const created = await api('POST', '/api/posts', { auth: members.editor, body: { ...sampleData('posts'), _status: 'published' } })
  await new Promise((resolve) => setTimeout(resolve, 20))
  const edited = await api('PATCH', `/api/posts/${created.body.doc.id}`, {
    auth: members.editor,
    body: { excerpt: 'Edited', updatedAt: '2001-01-01T00:00:00.000Z', createdAt: '2001-01-01T00:00:00.000Z' },
  })
  expect(edited.status).toBe(200)
  expect(Date.parse(edited.body.doc.updatedAt)).toBeGreaterThan(Date.parse(created.body.doc.updatedAt))
  expect(edited.body.doc.createdAt).toBe(created.body.doc.createdAt)
})

/** A POST with the path exactly as written: fetch would resolve dot segments before sending. */
const rawSignIn = (path: string, ip: string) =>
  new Promise<{ status: number; location?: string }>((resolve, reject) => {
    const { hostname, port } = new URL(cmsUrl())
    // A new address each time: the limit by address is what is measured, not the one by account.
    const body = JSON.stringify({ email: `${unique('nobody')}@example.org`, password: 'wrong-password-1' })
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': ip }
    const sent = request({ host: hostname, port, path, method: 'POST', headers }, (response) => {
      response.resume()
      resolve({ status: response.statusCode ?? 0, location: response.headers.location })
    })
    sent.on('error', reject)
    sent.end(body)
  })

describe('limits meet the route as the router resolves it (finding 3)', () => {
  const spellings = [
    '/api/./users/login',
    '/api//users/login',
    '/api/users/x/../login',
    '/api/%75sers/login',
    '/api/users/%2E/login',
    '/api/%2e%2e/api/users/login',
  ]

  test.each(spellings)('%s is sent to /api/users/login with a 308 before anything runs', async (spelling) => {
    const answer = await rawSignIn(`${spelling}?depth=0`, randomIp())
    expect(answer).toEqual({ status: 308, location: '/api/users/login?depth=0' })
  })

  test('followed, every spelling counts against the same sign-in limit', async () => {
    const ip = randomIp()
    const statuses: number[] = []
    for (const spelling of [...spellings, ...spellings]) {
      const first = await rawSignIn(spelling, ip)
      statuses.push(first.location ? (await rawSignIn(first.location, ip)).status : first.status)
    }
    expect(statuses.slice(0, 10)).not.toContain(429)
    expect(statuses.slice(10)).toEqual([429, 429])
  })

  test('GraphQL is limited inside its route, so a path Next resolves the same way is priced the same', async () => {
    const response = await fetch(`${cmsUrl()}/api//graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': randomIp() },
      body: JSON.stringify({ query: '{ Categories { totalDocs } }' }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('ratelimit')).toMatch(/^"graphql";r=\d+;t=\d+$/)
  })
})

describe('a where holds what one GraphQL request may, from any client (issue 12, finding 2, over REST)', () => {
  const anonymous = () => ({ ip: randomIp() })
  /** A where as a query string: `count` like conditions, or-ed. */
  const likes = (count: number, field = 'title') => Array.from({ length: count }, (_, index) => `where[or][${index}][${field}][like]=w${index}`).join('&')
  const nested = (levels: number) => {
    let where: object = { title: { like: 'word' } }
    for (let level = 0; level < levels; level++) where = { or: [where] }
    return where
  }
  /** As the admin's pickers send a read, here anonymously: the query string as a form-encoded body. */
  const readByPost = (collection: string, query: string, auth: Auth = anonymous()) =>
    api('POST', `/api/${collection}`, {
      auth,
      raw: query,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
    })
  const refusedNamingWhere = ({ status, body }: { status: number; body: any }) => {
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/^where (holds more conditions|is nested deeper) than this API allows/)
  }

  test('a read sent as a POST (x-payload-http-method-override: GET) carrying 1,000 like conditions is refused', async () => {
    refusedNamingWhere(await readByPost('posts', likes(1000)))
  })

  test.each([
    ['a query string of 1,000 values as JSON', () => `/api/posts?where=${encodeURIComponent(JSON.stringify({ title: { in: Array(1000).fill('a') } }))}`],
    [
      'a query string whose in-list holds 1,000 values',
      () => `/api/posts?where[title][in]=${Array.from({ length: 1000 }, (_, index) => `w${index}`).join(',')}`,
    ],
    ['and/or nested 20 levels, as JSON in the query string', () => `/api/posts?where=${encodeURIComponent(JSON.stringify(nested(20)))}`],
    ['the count endpoint', () => `/api/posts/count?where[title][in]=${Array.from({ length: 1000 }, (_, index) => `w${index}`).join(',')}`],
    ['a screenings list', () => `/api/screenings?where[slug][not_in]=${Array(600).fill('a').join(',')}`],
  ])('class (query string, POST override, nested and/or): %s is refused with a 400 naming where', async (_name, path) => {
    refusedNamingWhere(await api('GET', path(), { auth: anonymous() }))
  })

  test('class: a GraphQL where variable nested 20 levels is refused naming where', async () => {
    const result = await graphql('query($where: Post_where) { Posts(where: $where) { totalDocs } }', { where: nested(20) }, anonymous())
    expect(result.body.data?.Posts ?? null).toBeNull()
    expect(JSON.stringify(result.body.errors)).toMatch(/where/)
  })

  test('class (staff, bulk update): staff too, for whom 1,000 conditions were a 500 from the database', async () => {
    refusedNamingWhere(await readByPost('posts', likes(1000), { ...members.editor, ip: randomIp() }))
    // A bulk update takes a where too.
    const bulk = await api('PATCH', `/api/posts?where[title][in]=${Array(600).fill('a').join(',')}`, { auth: members.editor, body: { excerpt: 'x' } })
    refusedNamingWhere(bulk)
  })

  test('a where within the limit answers as before, for strangers and the admin pickers alike', async () => {
    expect((await api('GET', `/api/posts?${likes(50)}`, { auth: anonymous() })).status).toBe(200)
    expect((await readByPost('posts', likes(400))).status).toBe(200)
    expect((await readByPost('posts', likes(400), { ...members.editor, ip: randomIp() })).status).toBe(200)
  })
})

describe("Payload's jobs are the server's own to run (issue 12: any signed-in account, the site's key included, could run them)", () => {
  test.each([['run'], ['run?allQueues=true&limit=1000'], ['handle-schedules'], ['handle-schedules?allQueues=true']])(
    'class (site key, editor, moderator, admin, anonymous): GET /api/payload-jobs/%s is refused to every account',
    async (endpoint) => {
      for (const role of ['site', 'editor', 'moderator', 'admin', 'anonymous'] as const) {
        const result = await api('GET', `/api/payload-jobs/${endpoint}`, { auth: members[role] })
        expect(result.status, role).toBe(401)
      }
    },
  )
})
