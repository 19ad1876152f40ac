/**
 * Persisted queries over GET (issue 16, item 6): a partner's CDN or browser can keep the answer of a
 * known query (ETag, Cache-Control, 304); any other query over GET stays refused; cost and the other
 * rules apply as over POST.
 */
import { createHash } from 'node:crypto'

import { apiExamples, quickStartQuery } from '@made-in-la/shared/apiExamples'
import { describe, expect, inject, test } from 'vitest'

import { api, cmsUrl, graphql, login, randomIp } from './helpers/http'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const get = (search: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/api/graphql?${search}`, { headers: { 'x-forwarded-for': randomIp(), origin: 'https://partner.example', ...headers } })

describe('the list', () => {
  test("names the quick start, every example and the site's queries, each by the SHA-256 of its text", async () => {
    const { status, body, headers } = await api('GET', '/api/graphql/persisted-queries.json')
    expect(status).toBe(200)
    expect(headers.get('access-control-allow-origin')).toBe('*')
    const queries = body.queries as { name: string; sha256: string; query: string }[]
    for (const query of queries) expect(query.sha256).toBe(sha256(query.query))
    const names = queries.map(({ name }) => name)
    expect(names).toEqual(expect.arrayContaining(['quick-start', ...apiExamples.map(({ name }) => name), 'PostBySlug', 'ScreeningList']))
    expect(queries.every(({ query }) => !/^\s*mutation/m.test(query))).toBe(true)
  })
})

describe('a persisted query over GET', () => {
  const id = sha256(quickStartQuery)

  test('answers as the same query over POST, with an ETag, shared-cache headers and CORS', async () => {
    const response = await get(`id=${id}`)
    expect(response.status).toBe(200)
    const body = await response.json()
    const posted = await graphql(quickStartQuery, {}, { ip: randomIp() })
    expect(body).toEqual(posted.body)
    expect(body.data.Screenings.docs.length).toBeGreaterThan(0)
    expect(response.headers.get('etag')).toMatch(/^".+"$/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    // Charged like any request: the limit's headers say what is left.
    expect(response.headers.get('ratelimit')).toBeTruthy()
  })

  test('a copy that is still current gets a 304 with no body', async () => {
    const first = await get(`id=${id}`)
    const etag = first.headers.get('etag')!
    const again = await get(`id=${id}`, { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const stale = await get(`id=${id}`, { 'if-none-match': '"something-else"' })
    expect(stale.status).toBe(200)
  })

  test("with variables, and in Apollo's form", async () => {
    const example = apiExamples.find(({ name }) => name === 'upcoming-screenings')!
    const variables = encodeURIComponent(JSON.stringify(example.variables!(new Date())))
    const byId = await get(`id=${sha256(example.query)}&variables=${variables}`)
    expect(byId.status).toBe(200)
    expect((await byId.json()).data.Screenings).toBeTruthy()
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(example.query) } }))
    const apollo = await get(`extensions=${extensions}&variables=${variables}`)
    expect(apollo.status).toBe(200)
    expect(apollo.headers.get('etag')).toBe(byId.headers.get('etag'))
  })

  test('a signed-in reader gets a private answer, never a shared one', async () => {
    const token = await login(inject('adminCredentials').email, inject('adminCredentials').password)
    const response = await get(`id=${id}`, { authorization: `JWT ${token}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('etag')).toBeNull()
  })
})

describe('refused over GET', () => {
  test.each([
    ['any other query, as before', `query=${encodeURIComponent('{ Posts { totalDocs } }')}`, 'PERSISTED_QUERY_REQUIRED'],
    ['an id no query has', `id=${'0'.repeat(64)}`, 'PERSISTED_QUERY_NOT_FOUND'],
    ['no id at all', '', 'PERSISTED_QUERY_NOT_FOUND'],
    ['variables that are not JSON', `id=${sha256(quickStartQuery)}&variables=%7Bnope`, 'BAD_REQUEST'],
  ])('%s', async (_name, search, code) => {
    const response = await get(search)
    expect(response.status).toBe(400)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect((await response.json()).errors[0].extensions.code).toBe(code)
  })

  test('a persisted query whose variables break a rule: refused as over POST, and not kept', async () => {
    const example = apiExamples.find(({ name }) => name === 'upcoming-screenings')!
    const response = await get(`id=${sha256(example.query)}&variables=${encodeURIComponent(JSON.stringify({ now: 'not a date' }))}`)
    expect(response.status).toBeLessThan(500)
    const body = await response.json()
    expect(body.errors?.[0]?.extensions?.code).toBeTruthy()
    expect(response.headers.get('cache-control')).not.toMatch(/public/)
  })
})
