/** Full-text search over GraphQL, as the site and partners use it: published content only, per language. */
import { beforeAll, expect, test } from 'vitest'

import { api, type Auth, graphql, unique } from './helpers/http'
import { lexical, sampleData } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'

const partner = { ip: '10.9.1.1' }
let editor: Auth

beforeAll(async () => {
  ;({ editor } = await signInAsEveryRole())
})

const query = `query($query: String!, $locale: LocaleInputType, $limit: Int) {
  Search(query: $query, locale: $locale, limit: $limit) { totalDocs docs { collection slug url title excerpt terms } }
}`

test('a word from the body of a published post finds it at once; a draft stays out', async () => {
  const word = `zanzibarian${Date.now()}`
  const published = await api('POST', '/api/posts', {
    auth: editor,
    body: { ...sampleData('posts'), content: lexical(`A story about ${word} workers.`), _status: 'published' },
  })
  expect(published.status, JSON.stringify(published.body)).toBe(201)
  const draftWord = `quetzalian${Date.now()}`
  await api('POST', '/api/posts', { auth: editor, body: { ...sampleData('posts'), content: lexical(`Secret ${draftWord}.`), _status: 'draft' } })

  const found = await graphql(query, { query: word }, partner)
  expect(found.body.errors).toBeUndefined()
  expect(found.body.data.Search.docs[0]).toMatchObject({ collection: 'posts', slug: published.body.doc.slug, url: `/blog/${published.body.doc.slug}` })
  expect(found.body.data.Search.docs[0].excerpt).toContain(word)
  expect((await graphql(query, { query: draftWord }, partner)).body.data.Search.totalDocs).toBe(0)
})

test('each language searches its own text, without regard to accents', async () => {
  const created = await api('POST', '/api/posts', { auth: editor, body: { ...sampleData('posts'), _status: 'published' } })
  const word = `campaña${unique('x').replace(/\D/g, '')}`
  const translated = await api('PATCH', `/api/posts/${created.body.doc.id}?locale=es`, {
    auth: editor,
    body: { title: `Entrada ${word}`, content: lexical(`Una ${word} nueva.`), _status: 'published' },
  })
  expect(translated.status).toBe(200)
  const folded = word.replace('ñ', 'n')
  const spanish = await graphql(query, { query: folded, locale: 'es' }, partner)
  expect(spanish.body.data.Search.docs.map((doc: { slug: string }) => doc.slug)).toContain(created.body.doc.slug)
  const english = await graphql(query, { query: folded, locale: 'en' }, partner)
  expect(english.body.data.Search.totalDocs).toBe(0)
})

test('bad arguments are refused naming them', async () => {
  expect((await graphql(query, { query: '   ' }, partner)).body.errors[0].message).toMatch(/^query must be/)
  expect((await graphql(query, { query: 'film', limit: 500 }, partner)).body.errors[0].message).toMatch(/^limit must be/)
})
