/** The Express server in front of Next: health, headers, compression, limits, sign-in. */
import { readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'
import { inject } from 'vitest'

import { api, cmsUrl, randomIp } from './helpers/http'

describe('health', () => {
  test('/healthz says the process is up', async () => {
    const result = await api('GET', '/healthz')
    expect(result.status).toBe(200)
    expect(result.body).toEqual({ status: 'ok' })
  })

  test('/readyz says the database answers', async () => {
    const result = await api('GET', '/readyz')
    expect(result.status).toBe(200)
    expect(result.body).toEqual({ status: 'ready', database: 'ok' })
  })
})

describe('HTTP hardening', () => {
  test('security headers are set and the framework is not advertised', async () => {
    const result = await api('GET', '/api/posts?limit=1')
    expect(result.headers.get('x-content-type-options')).toBe('nosniff')
    expect(result.headers.get('strict-transport-security')).toMatch(/max-age=/)
    expect(result.headers.get('referrer-policy')).toBeTruthy()
    expect(result.headers.get('x-powered-by')).toBeNull()
  })

  test('responses are compressed for clients that accept it', async () => {
    const response = await fetch(`${cmsUrl()}/api/posts?limit=10&depth=2`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect((await response.json()).docs.length).toBeGreaterThan(0)
  })

  test('a 5 MB REST body is refused with 413 before it is read', async () => {
    const result = await api('POST', '/api/contact-messages', { body: { message: 'x'.repeat(5 * 1024 * 1024) } })
    expect(result.status).toBe(413)
    expect(result.body.errors[0].message).toMatch(/too large/)
  })

  test('a streamed body without a length is refused with 411', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"{ Posts { totalDocs } }"}'))
        controller.close()
      },
    })
    const response = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(411)
  })
})

describe('sign-in', () => {
  test('the seeded admin signs in over REST and reads the team', async () => {
    const { email, password } = inject('adminCredentials')
    const login = await api('POST', '/api/users/login', { body: { email, password }, auth: { ip: randomIp() } })
    expect(login.status).toBe(200)
    expect(login.body.user.roles).toEqual(['admin'])
    const team = await api('GET', '/api/users', { auth: { jwt: login.body.token } })
    expect(team.body.totalDocs).toBeGreaterThanOrEqual(2)
  })

  test('a wrong password is refused, and repeated attempts from one address hit the rate limit', async () => {
    const ip = randomIp()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 12; attempt++) {
      const result = await api('POST', '/api/users/login', {
        // Another unknown address each time: the limit by address is measured, not the one by account.
        body: { email: `nobody-${attempt}@test.invalid`, password: 'wrong' },
        auth: { ip },
      })
      statuses.push(result.status)
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })

  test('the admin UI answers at /admin', async () => {
    const response = await fetch(`${cmsUrl()}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/<html/i)
  })
})

describe('operations', () => {
  test('every response carries a request id, the one the proxy sent or a new one', async () => {
    const given = await api('GET', '/healthz', { headers: { 'x-request-id': 'proxy-assigned-id-123' } })
    expect(given.headers.get('x-request-id')).toBe('proxy-assigned-id-123')
    const fresh = await api('GET', '/healthz')
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  test('production logs are JSON lines, and name the request id', async () => {
    const id = `log-check-${Date.now()}`
    await api('GET', '/api/categories?limit=1', { headers: { 'x-request-id': id } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const lines = readFileSync(inject('cmsLogFile'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{'))
    expect(lines.length).toBeGreaterThan(5)
    const entries = lines.map((line) => JSON.parse(line))
    const entry = entries.find((logged) => logged.requestId === id)
    expect(entry).toMatchObject({ msg: 'request', method: 'GET', path: '/api/categories', status: 200 })
    expect(typeof entry.level).toBe('number')
  })
})
