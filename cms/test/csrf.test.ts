/**
 * Cookie-authenticated writes come only from the admin's own origin (issue 12, finding 4): a page on
 * another site cannot use a signed-in admin's cookie, whatever the method, body or API. And the
 * cookie is Secure wherever the CMS is served over HTTPS.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { api, cmsUrl, randomIp, unique } from './helpers/http'
import { sampleData } from './helpers/samples'
import { startCms } from './setup/cmsServer'

const foreign = 'https://evil.example'
let cookie: string
let adminJwt: string

const signIn = async (url: string) => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': randomIp() },
    body: JSON.stringify(inject('adminCredentials')),
  })
  return { setCookie: response.headers.get('set-cookie') ?? '', token: (await response.json()).token as string }
}

/** A request a page on `origin` could make with the admin's cookie. */
const withCookie = (origin: string | undefined, method: string, pathname: string, body: BodyInit, contentType?: string, extra: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}${pathname}`, {
    method,
    headers: { cookie, 'x-forwarded-for': randomIp(), ...(origin ? { origin } : {}), ...(contentType ? { 'content-type': contentType } : {}), ...extra },
    body,
  })

const userExists = async (email: string) => {
  const found = await api('GET', `/api/users?where[email][equals]=${encodeURIComponent(email)}`, { auth: { jwt: adminJwt } })
  return found.body.totalDocs > 0
}

beforeAll(async () => {
  const { setCookie, token } = await signIn(cmsUrl())
  cookie = setCookie.split(';')[0]!
  adminJwt = token
  expect(cookie).toMatch(/^payload-token=/)
})

describe("another site cannot write with the admin's cookie", () => {
  test('the finding: a multipart POST from a foreign origin does not create an admin user', async () => {
    const email = `${unique('csrf')}@test.invalid`
    const form = new FormData()
    form.set('_payload', JSON.stringify({ email, password: 'a-long-enough-password', name: 'Intruder', roles: ['admin'] }))
    const response = await withCookie(foreign, 'POST', '/api/users', form)
    expect(response.status).toBe(403)
    expect(await userExists(email)).toBe(false)
  })

  test('class: a text/plain JSON body, a delete and a GraphQL mutation, from a foreign origin or with a cross-site fetch', async () => {
    const email = `${unique('csrf')}@test.invalid`
    const plain = await withCookie(
      foreign,
      'POST',
      '/api/users',
      JSON.stringify({ email, password: 'a-long-enough-password', name: 'Intruder', roles: ['admin'] }),
      'text/plain',
    )
    // Refused twice over: a body Payload does not read is a 415 for anyone (rest/checkedRequest.ts).
    expect([403, 415]).toContain(plain.status)
    expect(await userExists(email)).toBe(false)

    const post = await api('POST', '/api/posts', { auth: { jwt: adminJwt }, body: { ...sampleData('posts'), _status: 'published' } })
    const removal = await withCookie(foreign, 'DELETE', `/api/posts/${post.body.doc.id}`, '')
    expect(removal.status).toBe(403)
    expect((await api('GET', `/api/posts/${post.body.doc.id}`)).status).toBe(200)

    const mutation = await withCookie(
      foreign,
      'POST',
      '/api/graphql',
      JSON.stringify({
        query: `mutation { createUser(data: { email: "${email}", password: "a-long-enough-password", name: "Intruder", roles: admin }) { id } }`,
      }),
      'application/json',
    )
    // Refused before it runs: a mutation from a page of another site (graphql/publicEndpoint.ts).
    expect(mutation.status).toBe(403)
    expect((await mutation.json()).errors[0].extensions.code).toBe('CROSS_ORIGIN_WRITE')

    // A cross-site request with no Origin header, as some browsers send for navigations.
    const crossSite = await withCookie(
      undefined,
      'POST',
      '/api/users',
      JSON.stringify({ email, password: 'a-long-enough-password', name: 'Intruder' }),
      'application/json',
      { 'sec-fetch-site': 'cross-site' },
    )
    expect(crossSite.status).toBe(403)
    expect(await userExists(email)).toBe(false)
  })

  test("from the admin's own origin, the cookie works as before", async () => {
    const email = `${unique('same-origin')}@test.invalid`
    const response = await withCookie(cmsUrl(), 'POST', '/api/users', JSON.stringify({ ...sampleData('users'), email }), 'application/json')
    expect(response.status).toBe(201)
    expect(await userExists(email)).toBe(true)
  })
})

describe('over HTTPS the session cookie is Secure', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-secure-cookie-'))
  let server: Awaited<ReturnType<typeof startCms>> | undefined

  beforeAll(async () => {
    server = await startCms(dir, { env: { CMS_PUBLIC_URL: 'https://cms.example.org' } })
  }, 120_000)

  afterAll(async () => {
    server?.child.kill('SIGTERM')
    await new Promise((resolve) => server?.child.once('exit', resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  test('Set-Cookie carries Secure, HttpOnly and SameSite', async () => {
    const { setCookie } = await signIn(server!.url)
    expect(setCookie).toMatch(/payload-token=/)
    expect(setCookie).toMatch(/;\s*Secure/i)
    expect(setCookie).toMatch(/;\s*HttpOnly/i)
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i)
  })

  test('and locally, over plain HTTP, it is not (so the local demo can sign in)', async () => {
    const { setCookie } = await signIn(cmsUrl())
    expect(setCookie).not.toMatch(/;\s*Secure/i)
  })
})
