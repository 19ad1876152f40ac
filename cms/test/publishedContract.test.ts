/**
 * The published contract (issue 16, item 2): the SDL at a stable address for any origin, the examples
 * the For developers page shows, run for real, and the error codes it lists, held to the CMS's source.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { apiChangelog, latestApiRelease, versionOfSdl } from '@made-in-la/shared/apiChangelog'
import { apiErrorCodes } from '@made-in-la/shared/apiErrorCodes'
import { apiExamples, quickStartQuery } from '@made-in-la/shared/apiExamples'
import { describe, expect, test } from 'vitest'

import { api, graphql } from './helpers/http'

const root = path.resolve(import.meta.dirname, '../..')
const generatedSchema = readFileSync(path.join(root, 'shared/schema.graphql'), 'utf8')
const partner = { ip: '10.16.2.1' }
const schemaPath = '/api/graphql/schema.graphql'

describe('GET /api/graphql/schema.graphql', () => {
  test('is the generated schema under a line naming the changelog’s latest release, as plain text', async () => {
    const result = await api('GET', schemaPath, { auth: partner })
    expect(result.status).toBe(200)
    expect(result.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(result.body).toBe(`# version: ${latestApiRelease.version}\n${generatedSchema}`)
    expect(versionOfSdl(result.body)).toBe(apiChangelog[0].version)
    expect(result.headers.get('api-version')).toBe(latestApiRelease.version)
    expect(result.body).toMatch(/type Query \{/)
  })

  test('is served while introspection is off (the test server runs in production mode)', async () => {
    const introspection = await graphql('{ __schema { types { name } } }', {}, partner)
    expect(JSON.stringify(introspection.body.errors)).toMatch(/introspection is not allowed/)
    expect((await api('GET', schemaPath, { auth: partner })).status).toBe(200)
  })

  test('may be cached publicly, and answers 304 to its own ETag', async () => {
    const first = await api('GET', schemaPath, { auth: partner })
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{20,}"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)

    const again = await api('GET', schemaPath, { auth: partner, headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('api-version')).toBe(latestApiRelease.version)

    const weak = await api('GET', schemaPath, { auth: partner, headers: { 'if-none-match': `"stale", W/${etag}` } })
    expect(weak.status).toBe(304)
    const other = await api('GET', schemaPath, { auth: partner, headers: { 'if-none-match': '"another-version"' } })
    expect(other.status).toBe(200)
  })

  test('any origin may read it, never with credentials, and no cookie is set', async () => {
    const origin = { origin: 'https://partner.example.org', cookie: 'payload-token=not-a-token' }
    const read = await api('GET', schemaPath, { auth: partner, headers: origin })
    expect(read.status).toBe(200)
    expect(read.headers.get('access-control-allow-origin')).toBe('*')
    expect(read.headers.get('access-control-allow-credentials')).toBeNull()
    expect(read.headers.get('access-control-expose-headers')).toMatch(/API-Version/)
    expect(read.headers.get('set-cookie')).toBeNull()
    expect(read.headers.get('vary') ?? '').not.toMatch(/cookie/i)

    const preflight = await api('OPTIONS', schemaPath, {
      auth: partner,
      headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/i)
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
    expect(preflight.headers.get('set-cookie')).toBeNull()
  })

  test('is read-only: other methods are a 405 naming GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const result = await api(method, schemaPath, { auth: partner, body: {} })
      expect(result.status, method).toBe(405)
      expect(result.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    }
    const head = await api('HEAD', schemaPath, { auth: partner })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
  })
})

describe('the For developers page’s examples', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const squashed = (text: string) => text.replace(/\s+/g, ' ').trim()
  const readmeExamples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => squashed(match[1]!))

  test.each(apiExamples.map((example) => ({ name: example.name, example })))('$name is one of the README’s and runs without errors', async ({ example }) => {
    expect(readmeExamples).toContain(squashed(example.query))
    const result = await graphql(example.query, example.variables?.(new Date()) ?? {}, partner)
    expect(result.status).toBe(200)
    expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined()
    expect(Object.values(result.body.data).every(Boolean)).toBe(true)
  })

  test('the quick-start query the page sends with curl, fetch and graphql-request is the README’s curl example and runs', async () => {
    expect(squashed(readme.replaceAll('\\"', '"'))).toContain(squashed(quickStartQuery))
    const result = await graphql(quickStartQuery, {}, partner)
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Screenings.docs.length).toBeGreaterThan(0)
  })

  test('the upcoming screenings, latest posts and search examples find the demo content', async () => {
    const [upcoming, posts, , search] = await Promise.all(apiExamples.map((example) => graphql(example.query, example.variables?.(new Date()) ?? {}, partner)))
    expect(upcoming!.body.data.Screenings.docs.length).toBeGreaterThan(0)
    expect(posts!.body.data.Posts.docs.length).toBeGreaterThan(0)
    expect(search!.body.data.Search.totalDocs).toBeGreaterThan(0)
  })
})

test('the error codes the page lists are the codes the GraphQL API sends', () => {
  const sources = [
    ...readdirSync(path.join(root, 'cms/src/graphql'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => path.join(root, 'cms/src/graphql', file)),
    path.join(root, 'cms/src/rateLimits.ts'),
  ]
  const sent = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)].map((match) => match[1])))
  expect([...sent].sort()).toEqual(apiErrorCodes.map((error) => error.code).sort())
})
