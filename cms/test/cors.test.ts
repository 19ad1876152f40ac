/**
 * The public read API from a partner's page on another site (issue 16): CORS for GraphQL and REST
 * reads from any origin, never with credentials; writes and the admin stay closed.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { launchChromium } from './helpers/browser'
import { cmsUrl, randomIp } from './helpers/http'

const partner = 'https://partner.example'
const postsQuery = JSON.stringify({ query: '{ Posts(limit: 2) { docs { title slug } } }' })

const preflight = (pathname: string, method: string, headers = 'content-type') =>
  fetch(`${cmsUrl()}${pathname}`, {
    method: 'OPTIONS',
    headers: { origin: partner, 'access-control-request-method': method, 'access-control-request-headers': headers, 'x-forwarded-for': randomIp() },
  })

describe('what a browser asks before a cross-site request', () => {
  test('GraphQL: POST and GET with a JSON body are allowed from any origin, without credentials', async () => {
    const response = await preflight('/api/graphql', 'POST')
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/)
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  test.each([
    ['REST create', '/api/posts', 'POST'],
    ['REST update', '/api/posts/x', 'PATCH'],
    ['REST delete', '/api/posts/x', 'DELETE'],
    ['sign-in', '/api/users/login', 'POST'],
    ['upload', '/api/media', 'POST'],
  ])('class (writes): %s from another site is not allowed', async (_name, pathname, method) => {
    const response = await preflight(pathname, method)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('answers to a partner', () => {
  test.each([
    [
      'GraphQL query',
      () =>
        fetch(`${cmsUrl()}/api/graphql`, {
          method: 'POST',
          headers: { origin: partner, 'content-type': 'application/json', 'x-forwarded-for': randomIp() },
          body: postsQuery,
        }),
    ],
    ['REST list', () => fetch(`${cmsUrl()}/api/posts?limit=2&depth=0`, { headers: { origin: partner, 'x-forwarded-for': randomIp() } })],
    ['REST document by slug', () => fetch(`${cmsUrl()}/api/screenings?limit=1`, { headers: { origin: partner, 'x-forwarded-for': randomIp() } })],
  ])('%s: readable from any origin, with the limits exposed, never with credentials', async (_name, send) => {
    const response = await send()
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('access-control-expose-headers')).toMatch(/RateLimit/)
  })

  test.each([
    ['sign-in', 'mutation { loginUser(email: "a@b.invalid", password: "wrong-password-1") { token } }'],
    ['password reset', 'mutation { forgotPasswordUser(email: "a@b.invalid") }'],
    ['a comment', 'mutation { createComment(data: { name: "x", email: "x@y.invalid", body: "hi", post: "1" }) { id } }'],
  ])('class (GraphQL mutations): %s sent by a page of another site is refused', async (_name, query) => {
    const response = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: { origin: partner, 'content-type': 'application/json', 'x-forwarded-for': randomIp() },
      body: JSON.stringify({ query }),
    })
    expect(response.status).toBe(403)
    expect((await response.json()).errors[0].extensions.code).toBe('CROSS_ORIGIN_WRITE')
  })

  test("the admin's pages carry no CORS headers", async () => {
    const response = await fetch(`${cmsUrl()}/admin/login`, { headers: { origin: partner } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe("in Chromium, from a partner's page on another origin", () => {
  let browser: Browser
  let server: Server
  let pageUrl: string
  beforeAll(async () => {
    server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Partner</title><h1>Our screenings</h1>'),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    // "localhost" against the CMS's 127.0.0.1: another origin, as a partner's site is.
    pageUrl = `http://localhost:${(server.address() as AddressInfo).port}/`
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  test('a GraphQL query and a REST read work; a request with credentials and a mutation do not', async () => {
    const page = await browser.newPage()
    await page.goto(pageUrl)
    const api = new URL(cmsUrl()).origin.replace('localhost', '127.0.0.1')
    const outcome = await page.evaluate(
      async ({ api, postsQuery }) => {
        const graphql = await fetch(`${api}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: postsQuery }).then((r) =>
          r.json(),
        )
        const rest = await fetch(`${api}/api/posts?limit=1&depth=0`).then((r) => r.json())
        const withCookies = await fetch(`${api}/api/posts?limit=1`, { credentials: 'include' }).then(
          () => 'read',
          () => 'refused',
        )
        const mutation = await fetch(`${api}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation { forgotPasswordUser(email: "a@b.invalid") }' }),
        }).then(async (r) => ({ status: r.status, code: (await r.json()).errors?.[0]?.extensions?.code }))
        return { posts: graphql.data?.Posts?.docs?.length, rest: rest.docs?.length, withCookies, mutation }
      },
      { api, postsQuery },
    )
    expect(outcome.posts).toBeGreaterThan(0)
    expect(outcome.rest).toBe(1)
    expect(outcome.withCookies).toBe('refused')
    expect(outcome.mutation).toEqual({ status: 403, code: 'CROSS_ORIGIN_WRITE' })
    await page.close()
  })
})
