/**
 * Bad input is a 4xx on every route of the CMS (issue 12, finding 12). The routes come from the
 * route tables themselves: Express's (logged at start), Next's app routes (its build manifest) and
 * Payload's REST endpoints (the sanitized config: every collection, global and root endpoint). Each
 * route gets malformed bodies, content types, credentials, parameters and query strings, anonymously,
 * each request from its own address; nothing may answer 5xx, and /healthz stays live.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, inject, test } from 'vitest'

import { type FuzzCase, inParallel, sendCase } from './helpers/fuzz'
import { api, cmsUrl, randomIp } from './helpers/http'

type Route = { path: string; method: string; source: string }

const withBody = new Set(['post', 'put', 'patch'])

/** Express's route table, from the line the CMS logs when it starts. */
const expressRoutes = (): Route[] => {
  const line = readFileSync(inject('cmsLogFile'), 'utf8')
    .split('\n')
    .map((text) => {
      try {
        return JSON.parse(text) as { msg?: string; routes?: { path: string; methods: string[] }[] }
      } catch {
        return {}
      }
    })
    .find((entry) => entry.msg === 'express routes')
  if (!line?.routes) throw new Error('the CMS did not log its Express routes')
  // What fetch can send (not CONNECT or TRACE); `app.all` routes list every method Node knows.
  const sendable = new Set(['get', 'head', 'post', 'put', 'patch', 'delete', 'options'])
  return line.routes.flatMap(({ path: routePath, methods }) =>
    methods.filter((method) => sendable.has(method)).map((method) => ({ path: routePath, method, source: 'express' })),
  )
}

/** Next's app routes, from its build manifest; the REST catch-all stands for Payload's endpoints. */
const nextRoutes = (): Route[] => {
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../.next/app-path-routes-manifest.json'), 'utf8')) as Record<string, string>
  return Object.values(manifest)
    .filter((routePath) => routePath !== '/api/[...slug]')
    .flatMap((routePath) => {
      const concrete = routePath.replace(/\/\[\[\.\.\.\w+\]\]/, '').replace(/\[\.\.\.\w+\]|\[\w+\]/g, 'fuzz') || '/'
      return ['get', 'post'].map((method) => ({ path: concrete, method, source: 'next' }))
    })
}

/** Payload's REST endpoints, as its sanitized config lists them. */
const payloadRoutes = (config: SanitizedConfig): Route[] => {
  const list = (prefix: string, endpoints: { path: string; method: string }[] | false | undefined) =>
    (endpoints || []).map((endpoint) => ({ path: `/api${prefix}${endpoint.path}`.replace(/(.)\/$/, '$1'), method: endpoint.method, source: 'payload' }))
  return [
    ...config.collections.flatMap((collection) => list(`/${collection.slug}`, collection.endpoints)),
    ...config.globals.flatMap((global) => list(`/globals/${global.slug}`, global.endpoints)),
    ...list('', config.endpoints),
  ]
}

/** A route's parameters filled with a plain value, or with one that attacks the parameter. */
const hostileParameters = ['__proto__', 'constructor', '..%2F..%2Fpackage.json', '%00', 'x'.repeat(400), '%E0%A4%A', '1e309', '-1']
const fill = (routePath: string, value: string) => routePath.replace(/:\w+\??|\*\w*|\{[^}]*\}/g, value)

const bodies: FuzzCase[] = [
  { name: 'truncated JSON', headers: { 'content-type': 'application/json' }, body: '{"title": ' },
  {
    name: 'prototype names',
    headers: { 'content-type': 'application/json' },
    body: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{}}',
  },
  { name: 'a JSON array', headers: { 'content-type': 'application/json' }, body: '[{"a":1}]' },
  { name: 'JSON null', headers: { 'content-type': 'application/json' }, body: 'null' },
  { name: 'a JSON number', headers: { 'content-type': 'application/json' }, body: '1e999' },
  { name: 'deeply nested JSON', headers: { 'content-type': 'application/json' }, body: `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}` },
  { name: 'plain text', headers: { 'content-type': 'text/plain' }, body: 'hello' },
  { name: 'XML', headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0"?><a>&lt;</a>' },
  { name: 'multipart without a boundary', headers: { 'content-type': 'multipart/form-data' }, body: '--x\r\n\r\n' },
  {
    name: 'multipart cut short',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"a":',
  },
  {
    name: 'multipart cut short, as a server action that does not exist',
    headers: { 'content-type': 'multipart/form-data; boundary=x', 'next-action': '0'.repeat(42) },
    body: '--x\r\nContent-Disposition: form-data; name="1"\r\n\r\n["$K1"',
  },
  {
    name: 'a form with prototype names',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '__proto__[polluted]=1&constructor[prototype][x]=1',
  },
  { name: 'an unknown content type', headers: { 'content-type': 'application/x-fuzz; charset=klingon' }, body: '\u0000\u0001' },
]

const everywhere: FuzzCase[] = [
  { name: 'no input' },
  { name: 'a malformed bearer token', headers: { authorization: 'Bearer %%%not-a-token' } },
  { name: 'a JWT that is not one', headers: { authorization: 'JWT a.b.c' } },
  { name: 'an API key of the wrong shape', headers: { authorization: `users API-Key ${'\u00e9'.repeat(10)}${'k'.repeat(2000)}` } },
  { name: 'an unknown API-key collection', headers: { authorization: '__proto__ API-Key x' } },
  { name: 'a forged session cookie', headers: { cookie: 'payload-token=eyJhbGciOiJub25lIn0.e30.; payload-token=x' } },
  {
    name: 'hostile query parameters',
    query:
      'where[__proto__][equals]=1&where[or][0][constructor][like]=x&depth=-1&limit=abc&page=NaN&sort=__proto__&locale=xx&draft=maybe&select[__proto__]=true',
  },
  { name: 'query parameters that are arrays and objects', query: 'limit[]=1&limit[]=2&depth[a]=1&id[$ne]=1&where=notjson' },
]

const send = (route: Route, routePath: string, item: FuzzCase) =>
  sendCase(route.method.toUpperCase(), `${cmsUrl()}${routePath}`, withBody.has(route.method) ? item : { ...item, body: undefined }, {
    'x-forwarded-for': randomIp(),
  })

let routes: Route[]

beforeAll(async () => {
  const { default: config } = await import('../src/payload.config')
  routes = [...expressRoutes(), ...nextRoutes(), ...payloadRoutes(await config)]
})

describe('every route of the CMS answers bad input with a 4xx (finding 12)', () => {
  test('the route tables are read, not written by hand', () => {
    const sources = new Set(routes.map((route) => route.source))
    expect(sources).toEqual(new Set(['express', 'next', 'payload']))
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'get /healthz',
        'get /readyz',
        'post /api/graphql',
        'post /api/users/login',
        'get /api/posts/:id',
        'get /api/media/file/:filename',
        'get /api/globals/site-settings',
      ]),
    )
  })

  test('malformed bodies, content types, credentials, parameters and query strings', { timeout: 240_000 }, async () => {
    const tasks: (() => Promise<string | undefined>)[] = []
    for (const route of routes) {
      const cases = withBody.has(route.method) ? [...everywhere, ...bodies] : everywhere
      for (const item of cases) {
        tasks.push(async () => {
          const status = await send(route, fill(route.path, 'fuzz'), item)
          return typeof status === 'number' && status < 500 ? undefined : `${route.method.toUpperCase()} ${route.path} (${item.name}): ${status}`
        })
      }
      if (/:\w|\*/.test(route.path)) {
        for (const value of hostileParameters) {
          tasks.push(async () => {
            const status = await send(route, fill(route.path, value), { name: 'no input' })
            return typeof status === 'number' && status < 500
              ? undefined
              : `${route.method.toUpperCase()} ${route.path} (parameter ${value.slice(0, 20)}): ${status}`
          })
        }
      }
    }
    const failures = (await inParallel(tasks)).filter(Boolean)
    expect(tasks.length).toBeGreaterThan(1000)
    expect(failures).toEqual([])
    expect((await fetch(`${cmsUrl()}/healthz`)).status).toBe(200)
  })

  test.each([
    ['circular fragments', 'query { Posts { docs { ...A } } } fragment A on Post { ...B } fragment B on Post { ...A }'],
    ['a fragment spreading itself', 'query { Posts { docs { ...A } } } fragment A on Post { title ...A }'],
    ['a subscription', 'subscription { Posts { docs { id } } }'],
    ['two operations and no name', 'query A { __typename } query B { __typename }'],
    ['a variable default of the wrong type', 'query($limit: Int = "many") { Posts(limit: $limit) { totalDocs } }'],
    ['a directive that does not exist', 'query { Posts @fuzz { totalDocs } }'],
    ['an operation name the document does not have', 'query A { __typename }', 'B'],
  ])('GraphQL: %s is a 4xx or a GraphQL error, never a 5xx', async (_name, query, operationName?: string) => {
    const result = await api('POST', '/api/graphql', { body: { query, operationName }, auth: { ip: randomIp() } })
    expect(result.status).toBeLessThan(500)
    expect(result.body.errors?.length ?? 0).toBeGreaterThan(0)
  })

  test.each([
    ['a query that is not a string', { query: 5 }],
    ['variables that are a string', { query: '{ __typename }', variables: '"x"' }],
    ['an operation name that is an object', { query: '{ __typename }', operationName: { toString: 1 } }],
    ['a body that is not JSON', '{"query": "{ __typename }"'],
  ])('GraphQL: %s is a 4xx', async (_name, body) => {
    const response = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': randomIp() },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})
