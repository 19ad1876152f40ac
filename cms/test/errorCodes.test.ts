/**
 * Errors a partner's code can act on (issue 16, item 4): every refusal of the public GraphQL API
 * carries `extensions.code`, and the limit's name when it met one; a client's mistake is never a 500.
 * Each code is one the For developers page lists (shared/apiErrorCodes.ts).
 */
import { apiErrorCodes } from '@made-in-la/shared/apiErrorCodes'
import { describe, expect, test } from 'vitest'

import { api, graphql, randomIp } from './helpers/http'

const asPartner = () => ({ ip: randomIp() })
const aliased = (count: number, field: string) => Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')
const nested = (depth: number): string => (depth === 0 ? 'title' : `relatedPosts { ${nested(depth - 1)} }`)

describe('each refusal carries its code, and the limit it met', () => {
  test.each([
    ['a syntax error', '{ Posts { docs { title }', {}, 'GRAPHQL_PARSE_FAILED', undefined],
    ['a field the schema does not have', '{ Posts { docs { nonsense } } }', {}, 'GRAPHQL_VALIDATION_FAILED', undefined],
    ['an argument of the wrong type', '{ Posts(limit: "ten") { docs { title } } }', {}, 'GRAPHQL_VALIDATION_FAILED', undefined],
    ['too deep', `{ Posts(limit: 1) { docs { ${nested(8)} } } }`, {}, 'DEPTH_LIMIT', 'maxDepth'],
    ['too many aliases', `{ ${aliased(16, 'Posts(limit: 1) { totalDocs }')} }`, {}, 'ALIAS_LIMIT', 'maxAliases'],
    ['too many tokens', `{ Posts(limit: 1) { docs { ${Array.from({ length: 1100 }, () => 'title').join(' ')} } } }`, {}, 'TOKEN_LIMIT', 'maxTokens'],
    ['introspection in production', '{ __schema { types { name } } }', {}, 'INTROSPECTION_DISABLED', undefined],
    ['limit 0', '{ Posts(limit: 0) { docs { title } } }', {}, 'BAD_USER_INPUT', 'maxLimit'],
    ['limit 101 in a variable', 'query($n: Int) { Posts(limit: $n) { docs { title } } }', { n: 101 }, 'BAD_USER_INPUT', 'maxLimit'],
    ['page -1', '{ Posts(page: -1) { docs { title } } }', {}, 'BAD_USER_INPUT', undefined],
    ['page 0 in a variable', 'query($p: Int) { Screenings(page: $p) { docs { title } } }', { p: 0 }, 'BAD_USER_INPUT', undefined],
    [
      'a query that costs too much',
      `{ ${aliased(15, 'Posts(limit: 100) { docs { title slug excerpt content publishedAt } }')} }`,
      {},
      'QUERY_TOO_COSTLY',
      'maxCost',
    ],
  ])('%s', async (_name, query, variables, code, limit) => {
    // 200 or 400, as GraphQL over HTTP answers for the media type asked for; never a 5xx.
    const { status, body } = await graphql(query, variables as Record<string, unknown>, asPartner())
    expect(status).toBeLessThan(500)
    const [error] = body.errors
    expect(error.extensions.code).toBe(code)
    expect(error.extensions.limit).toBe(limit)
  })

  test('a where over the size any client may send: BAD_USER_INPUT, as the query ran', async () => {
    const where = { OR: Array.from({ length: 600 }, (_, index) => ({ title: { equals: `t${index}` } })) }
    const { status, body } = await graphql('query($w: Post_where) { Posts(where: $w, limit: 1) { docs { title } } }', { w: where }, asPartner())
    expect(status).toBeLessThan(500)
    expect(body.errors[0].extensions.code).toMatch(/^(BAD_USER_INPUT|QUERY_TOO_COSTLY)$/)
  })

  test.each([
    ['a private collection', '{ Users { docs { email } } }', 'ACCESS_DENIED'],
    ['a document that does not exist', '{ Post(id: "00000000-0000-4000-8000-000000000000") { title } }', 'NOT_FOUND'],
  ])('%s: the code of its status', async (_name, query, code) => {
    const { status, body } = await graphql(query, {}, asPartner())
    expect(status).toBeLessThan(500)
    expect(body.errors[0].extensions.code).toBe(code)
  })

  test.each([
    ['a batch', JSON.stringify([{ query: '{ Posts { totalDocs } }' }]), 'BATCH_NOT_SUPPORTED', undefined],
    ['a body that is not JSON', '{ "query": ', 'BAD_REQUEST', undefined],
    ['a body over the size limit', JSON.stringify({ query: `{ Posts { totalDocs } } # ${'x'.repeat(110 * 1024)}` }), 'BODY_TOO_LARGE', 'maxBodyBytes'],
  ])('%s, refused before anything runs', async (_name, raw, code, limit) => {
    const { status, body } = await api('POST', '/api/graphql', { raw, auth: asPartner(), headers: { 'content-type': 'application/json' } })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(body.errors[0].extensions.code).toBe(code)
    expect(body.errors[0].extensions.limit).toBe(limit)
  })

  test('the points of a minute spent: RATE_LIMITED, naming pointsPerMinute', async () => {
    const partner = asPartner()
    const costly = `{ ${aliased(10, 'Posts(limit: 100) { docs { title slug } }')} }`
    let last = await graphql(costly, {}, partner)
    for (let sent = 0; last.status !== 429 && sent < 40; sent++) last = await graphql(costly, {}, partner)
    expect(last.status).toBe(429)
    expect(last.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'pointsPerMinute' })
  })
})

test('every code these tests met is one the For developers page explains', () => {
  const listed = new Set(apiErrorCodes.map(({ code }) => code))
  for (const code of [
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'DEPTH_LIMIT',
    'ALIAS_LIMIT',
    'TOKEN_LIMIT',
    'INTROSPECTION_DISABLED',
    'BAD_USER_INPUT',
    'QUERY_TOO_COSTLY',
    'ACCESS_DENIED',
    'NOT_FOUND',
    'BATCH_NOT_SUPPORTED',
    'BAD_REQUEST',
    'BODY_TOO_LARGE',
    'RATE_LIMITED',
  ])
    expect(listed, code).toContain(code)
})
