/**
 * Findings of the outside test (issue 12) on the site, each tried as the attacker did and with other
 * members of its class: the media route reaching the CMS's API, and redirects off the site.
 */
import { request } from 'node:http'

import { describe, expect, inject, test } from 'vitest'

import { adminToken } from './helpers/cms'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
let visitor = 0
const from = () => ({ 'x-forwarded-for': `10.90.${Math.floor(++visitor / 250)}.${visitor % 250}` })

/** A request with its path sent exactly as written: fetch would resolve dot segments (`..`, `%2e%2e`) first. */
const rawRequest = (method: string, rawPath: string, headers: Record<string, string>) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(webUrl)
    const outgoing = request({ hostname, port, method, path: rawPath, headers }, (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })

describe('the media route serves files and nothing else (finding 9)', () => {
  const file = 'demo-made-in-la.jpg'

  test('a media file is served, with GET and HEAD', async () => {
    const get = await fetch(`${webUrl}/media/${file}`, { headers: from() })
    expect(get.status).toBe(200)
    expect(get.headers.get('content-type')).toMatch(/^image\//)
    const head = await fetch(`${webUrl}/media/${file}`, { method: 'HEAD', headers: from() })
    expect(head.status).toBe(200)
  })

  test("dot segments, however encoded, never reach the CMS's API, with or without the visitor's credentials", async () => {
    const authorization = `JWT ${await adminToken()}`
    const escapes = ['..', '%2e%2e', '.%2e', '..%2f..%2fusers%2fme', '%2e%2e%2f%2e%2e%2fusers%2fme', '..%5c..%5cusers%5cme', '%252e%252e%252fusers', `..%2f${file}`, `.${file}`]
    for (const escape of escapes) {
      for (const method of ['GET', 'DELETE', 'PATCH']) {
        const response = await rawRequest(method, `/media/${escape}`, { ...from(), authorization })
        expect(response.status, `${method} /media/${escape}`).toBeGreaterThanOrEqual(400)
        expect(response.status, `${method} /media/${escape}`).toBeLessThan(500)
        expect(response.body, `${method} /media/${escape}`).not.toContain('"email"')
      }
    }
    // The CMS's media library is as it was.
    const media = await fetch(`${cmsUrl}/api/media?where[filename][equals]=${file}`)
    expect((await media.json()).totalDocs).toBe(1)
  })

  test('only reading is allowed: writes are 405 and name the methods that work', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await fetch(`${webUrl}/media/${file}`, { method, headers: { ...from(), authorization: `JWT ${await adminToken()}` } })
      expect(response.status, method).toBe(405)
      expect(response.headers.get('allow')).toBe('GET, HEAD')
    }
  })
})

describe('form posts come back to the site, never to another host (finding 10)', () => {
  const returnTo = [
    '//evil.example',
    '//1249790432',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/contact',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '\t//evil.example',
    'javascript:alert(1)',
  ]

  test.each(returnTo)('returnTo=%s redirects to a path on this site', async (target) => {
    const response = await fetch(`${webUrl}/api/forms/contact`, {
      method: 'POST',
      headers: { ...from(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: '', email: 'not-an-email', subject: '', message: '', returnTo: target }),
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    const location = response.headers.get('location')!
    expect(new URL(location, webUrl).origin).toBe(new URL(webUrl).origin)
    expect(location).toMatch(/^\/(?![/\\])/)
  })

  test('a path on the site is kept', async () => {
    const response = await fetch(`${webUrl}/api/forms/contact`, {
      method: 'POST',
      headers: { ...from(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: '', email: 'x', subject: '', message: '', returnTo: '/es/contact' }),
      redirect: 'manual',
    })
    expect(response.headers.get('location')).toMatch(/^\/es\/contact\?formState=/)
  })
})

describe('security headers on every kind of response (finding 11)', () => {
  test.each(['/', '/es/blog', '/screenings', '/api/site', '/feed.xml', '/screenings.ics', '/media/demo-made-in-la.jpg', '/no-such-page', '/healthz'])('%s', async (path) => {
    const response = await fetch(`${webUrl}${path}`, { headers: { ...from(), accept: 'text/html' } })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })
})

describe('the site refuses a comment on a post visitors cannot read, before saying "received" (finding 1)', () => {
  test.each([
    ['a post that does not exist', async () => '00000000-0000-4000-8000-000000000000'],
    ['a draft post', async () => {
      const token = await adminToken()
      const draft = await fetch(`${cmsUrl}/api/posts?draft=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ title: `Draft ${Date.now()}`, _status: 'draft' }),
      })
      return (await draft.json()).doc.id as string
    }],
    ['garbage', async () => 'not-an-id'],
  ])('%s', async (_name, postId) => {
    const response = await fetch(`${webUrl}/api/forms/comment`, {
      method: 'POST',
      headers: { ...from(), 'content-type': 'application/json' },
      body: JSON.stringify({ post: await postId(), name: 'Ana', email: 'ana@example.org', body: 'Hello', startedAt: Date.now() - 10_000 }),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors).toEqual({ post: 'post must be a published post.' })
  })
})

describe('the class on the other server: the admin sign-in page (finding 10)', () => {
  test.each(['//evil.example', 'https://evil.example/', '/\\evil.example', '/%2F%2Fevil.example', '/http://evil.example'])(
    'a signed-in member sent to /admin/login?redirect=%s stays on the CMS',
    async (target) => {
      const login = await fetch(`${cmsUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from() },
        body: JSON.stringify(inject('adminCredentials')),
      })
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
      const response = await fetch(`${cmsUrl}/admin/login?redirect=${encodeURIComponent(target)}`, {
        headers: { cookie, 'sec-fetch-site': 'none', ...from() },
        redirect: 'manual',
      })
      const location = response.headers.get('location')
      if (location) expect(new URL(location, cmsUrl).origin).toBe(new URL(cmsUrl).origin)
      // A redirect made while streaming the page is written into it instead of a header.
      expect(await response.text()).not.toMatch(/NEXT_REDIRECT[^"]*evil\.example|url=[^"]*evil\.example/)
    },
  )
})
