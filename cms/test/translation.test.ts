/**
 * Translation as the help says (issue 15): English is required, every other language may be saved
 * and published with any subset of fields, and what it lacks falls back to English. The admin starts
 * each visit in English rather than in the language last chosen.
 */
import { beforeAll, expect, test } from 'vitest'

import { api, type Auth, graphql, unique } from './helpers/http'
import { lexical, sampleData } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'

let editor: Auth
let admin: Auth
let anonymous: Auth

beforeAll(async () => {
  ;({ editor, admin, anonymous } = await signInAsEveryRole())
})

test('a Spanish title alone publishes a post; its Spanish reading has the English body', async () => {
  const created = await api('POST', '/api/posts', { auth: editor, body: { ...sampleData('posts'), content: lexical('English body'), _status: 'published' } })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  const spanish = await api('PATCH', `/api/posts/${id}?locale=es`, { auth: editor, body: { title: 'Título en español', _status: 'published' } })
  expect(spanish.status, JSON.stringify(spanish.body)).toBe(200)
  const read = await graphql('query($id: String!) { Post(id: $id, locale: es) { title content } }', { id }, anonymous)
  expect(read.body.data.Post.title).toBe('Título en español')
  expect(JSON.stringify(read.body.data.Post.content)).toContain('English body')
})

test.each([
  ['posts', { title: '' }],
  ['pages', { title: '' }],
  ['categories', { title: '' }],
  ['dvds', { title: '' }],
] as const)('%s: English is still required, and its error names the field', async (collection, empty) => {
  const created = await api('POST', `/api/${collection}`, { auth: editor, body: { ...sampleData(collection), _status: 'published' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const refused = await api('PATCH', `/api/${collection}/${created.body.doc.id}?locale=en`, { auth: editor, body: { ...empty, _status: 'published' } })
  expect(refused.status).toBe(400)
  expect(JSON.stringify(refused.body)).toContain('title')
  // The same empty title is fine in Spanish.
  const spanish = await api('PATCH', `/api/${collection}/${created.body.doc.id}?locale=es`, { auth: editor, body: { ...empty, _status: 'published' } })
  expect(spanish.status, JSON.stringify(spanish.body)).toBe(200)
})

test('the admin does not keep the content language between visits', async () => {
  const kept = await api('POST', '/api/payload-preferences/locale', { auth: admin, body: { value: 'es' } })
  expect(kept.status).toBe(200)
  const read = await api('GET', '/api/payload-preferences/locale', { auth: admin })
  expect(read.body?.value).not.toBe('es')
  // Other preferences are kept as before.
  const key = unique('columns')
  expect((await api('POST', `/api/payload-preferences/${key}`, { auth: admin, body: { value: { columns: ['title'] } } })).status).toBe(200)
  expect((await api('GET', `/api/payload-preferences/${key}`, { auth: admin })).body.value).toEqual({ columns: ['title'] })
})
