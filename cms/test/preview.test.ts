/**
 * Draft previews on the CMS side: the signed links the admin's Preview button opens, and the GraphQL
 * queries that answer a draft only for a genuine, unexpired link to that very document.
 */
import { beforeAll, describe, expect, test } from 'vitest'

import { readEnv } from '../src/env'
import { previewUrl, signPreviewToken, verifyPreviewToken } from '../src/preview'
import { api } from './helpers/http'
import { sampleData } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'
import { testCredentials } from './setup/cmsServer'

describe('preview tokens', () => {
  const id = '0b8f4a52-2d3c-4a55-9a8f-1d2e3f4a5b6c'

  test('a token names one document of one collection, for an hour', () => {
    const now = Date.now()
    const token = signPreviewToken('posts', id, now)
    expect(verifyPreviewToken(token, 'posts', now)).toBe(id)
    expect(verifyPreviewToken(token, 'posts', now + 59 * 60_000)).toBe(id)
    expect(verifyPreviewToken(token, 'posts', now + 61 * 60_000)).toBeNull()
    expect(verifyPreviewToken(token, 'pages', now)).toBeNull()
  })

  test('altered, forged or malformed tokens are refused', () => {
    const token = signPreviewToken('posts', id)
    const [body, mac] = token.split('.') as [string, string]
    const otherBody = Buffer.from(JSON.stringify({ c: 'posts', id: 'someone-else', exp: Date.now() + 60_000 })).toString('base64url')
    for (const bad of [
      `${otherBody}.${mac}`,
      `${body}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
      `${body}.`,
      body,
      '',
      'a.b.c',
      `${body}.${'x'.repeat(mac.length)}`,
    ]) {
      expect(verifyPreviewToken(bad, 'posts'), bad).toBeNull()
    }
    expect(verifyPreviewToken(token, 'posts', Date.now(), readEnv({ PAYLOAD_SECRET: 'another-deployment' }))).toBeNull()
  })

  test("the admin's link opens the site's preview page in the document's language", async () => {
    const make = previewUrl('screenings', readEnv({ PAYLOAD_SECRET: testCredentials.secret, SITE_PUBLIC_URL: 'https://made-in-la.example.org/' }))
    const english = String(await make({ id }, { locale: 'en' } as never))
    const spanish = String(await make({ id }, { locale: 'es' } as never))
    expect(english).toMatch(new RegExp(`^https://made-in-la\\.example\\.org/preview/screenings/${id}\\?token=`))
    expect(spanish).toMatch(new RegExp(`^https://made-in-la\\.example\\.org/es/preview/screenings/${id}\\?token=`))
    expect(verifyPreviewToken(new URL(english).searchParams.get('token')!, 'screenings')).toBe(id)
    expect(await make({}, { locale: 'en' } as never)).toBeNull()
  })
})

describe('a preview link opens its one draft over GraphQL', () => {
  let members: Awaited<ReturnType<typeof signInAsEveryRole>>
  beforeAll(async () => {
    members = await signInAsEveryRole()
  })
  // The site sends the link's token in X-Preview-Token and reads the document as anyone would.
  const readDraft = (query: string, id: string, token: string) =>
    api('POST', '/api/graphql', { body: { query, variables: { id } }, headers: { 'x-preview-token': token } })
  const postQuery = 'query ($id: String!) { Post(id: $id, draft: true) { id title } }'

  test('answers the latest draft for a valid link, while the public query keeps the published title', async () => {
    const editor = members.editor
    const created = await api('POST', '/api/posts', { auth: editor, body: { ...sampleData('posts'), title: 'Published title', _status: 'published' } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    expect((await api('PATCH', `/api/posts/${id}?draft=true`, { auth: editor, body: { title: 'Draft title' } })).status).toBe(200)

    const preview = await readDraft(postQuery, id, signPreviewToken('posts', id))
    expect(preview.body.data).toEqual({ Post: { id, title: 'Draft title' } })
    const publicView = await api('POST', '/api/graphql', { body: { query: `{ Post(id: "${id}") { title } }` } })
    expect(publicView.body.data.Post.title).toBe('Published title')
  })

  test('answers nothing for a bad link, or for a link to another collection or document', async () => {
    const editor = members.editor
    const created = await api('POST', '/api/pages', { auth: editor, body: { title: 'Secret draft page', slug: `secret-${Date.now()}`, _status: 'draft' } })
    expect(created.status).toBe(201)
    const pageId = created.body.doc.id as string
    const pageQuery = 'query ($id: String!) { Page(id: $id, draft: true) { title } }'
    for (const token of ['nonsense', signPreviewToken('pages', pageId, Date.now() - 2 * 60 * 60_000), signPreviewToken('posts', pageId)]) {
      const answer = await readDraft(pageQuery, pageId, token)
      expect(answer.status).toBe(200)
      expect(answer.body.data?.Page ?? null).toBeNull()
    }
    const page = await readDraft(pageQuery, pageId, signPreviewToken('pages', pageId))
    expect(page.body.data.Page.title).toBe('Secret draft page')
    // The draft itself stays closed to the public, and the link opens nothing else.
    expect((await api('GET', `/api/pages/${pageId}`)).status).toBe(404)
    const otherDraft = await api('POST', '/api/pages', { auth: editor, body: { title: 'Another draft', slug: `other-${Date.now()}`, _status: 'draft' } })
    const other = await readDraft(pageQuery, otherDraft.body.doc.id, signPreviewToken('pages', pageId))
    expect(other.body.data?.Page ?? null).toBeNull()
  })
})
