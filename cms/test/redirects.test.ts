/** Old links keep working: the redirects collection as editors use it, through the real HTTP API. */
import { beforeAll, expect, test } from 'vitest'

import { api, type Auth, unique } from './helpers/http'
import { signInAsEveryRole } from './helpers/users'

let editor: Auth
let moderator: Auth
let site: Auth
let anonymous: Auth

beforeAll(async () => {
  ;({ editor, moderator, site, anonymous } = await signInAsEveryRole())
})

test('an old address is stored as its path, whatever form the editor pasted', async () => {
  const name = unique('old')
  const created = await api('POST', '/api/redirects', {
    auth: editor,
    body: { from: `http://www.madeinla.com/2008/01/${name}/`, to: { type: 'custom', url: '/screenings' } },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  expect(created.body.doc.from).toBe(`/2008/01/${name}`)

  const again = await api('POST', '/api/redirects', { auth: editor, body: { from: `/2008/01/${name}/`, to: { type: 'custom', url: '/blog' } } })
  expect(again.status).toBe(400)
  expect(JSON.stringify(again.body)).toContain('from')
})

test('a target must be a site path or a web address, and the error names the field', async () => {
  for (const url of ['javascript:alert(1)', '//evil.example/x', 'not a url']) {
    const result = await api('POST', '/api/redirects', { auth: editor, body: { from: `/${unique('bad')}`, to: { type: 'custom', url } } })
    expect(result.status, url).toBe(400)
    expect(result.body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'to.url' }))
  }
})

test('anyone may read redirects; only editors may write them', async () => {
  expect((await api('GET', '/api/redirects?limit=5', { auth: anonymous })).status).toBe(200)
  for (const auth of [anonymous, moderator, site]) {
    const result = await api('POST', '/api/redirects', { auth, body: { from: `/${unique('nope')}`, to: { type: 'custom', url: '/' } } })
    expect(result.status).toBeGreaterThanOrEqual(401)
    expect(result.status).toBeLessThan(404)
  }
})
