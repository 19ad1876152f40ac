/** The screening kit's downloads: editors manage them, anyone reads them, and bad input names its field. */
import { beforeAll, expect, test } from 'vitest'

import { api, type Auth, unique } from './helpers/http'
import { sampleData, tinyPng } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'

let editor: Auth
let moderator: Auth
let site: Auth
let anonymous: Auth
let fileId: string

beforeAll(async () => {
  ;({ editor, moderator, site, anonymous } = await signInAsEveryRole())
  const form = new FormData()
  form.append('_payload', JSON.stringify(sampleData('media')))
  form.append('file', new Blob([tinyPng], { type: 'image/png' }), `${unique('poster')}.png`)
  const upload = await api('POST', '/api/media', { auth: editor, raw: form })
  expect(upload.status, JSON.stringify(upload.body)).toBe(201)
  fileId = upload.body.doc.id
})

const resource = (extra: Record<string, unknown> = {}) => ({
  title: unique('Guide'),
  kind: 'discussionGuide',
  language: 'en',
  file: fileId,
  showOn: ['host'],
  ...extra,
})

test('an editor adds a download; anyone reads it with its file type and size', async () => {
  const created = await api('POST', '/api/resources', { auth: editor, body: resource() })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const read = await api('GET', `/api/resources/${created.body.doc.id}?depth=1`, { auth: anonymous })
  expect(read.status).toBe(200)
  expect(read.body.file).toMatchObject({ mimeType: 'image/png', filesize: tinyPng.length })
  expect(read.body.showOn).toEqual(['host'])
})

test('a download needs a file and a place, and the errors name the fields', async () => {
  const result = await api('POST', '/api/resources', { auth: editor, body: resource({ file: undefined, showOn: [], kind: 'brochure' }) })
  expect(result.status).toBe(400)
  const paths = result.body.errors[0].data.errors.map((error: { path: string }) => error.path)
  expect(paths).toEqual(expect.arrayContaining(['file', 'showOn', 'kind']))
})

test('only editors may add downloads', async () => {
  for (const auth of [anonymous, moderator, site]) {
    const result = await api('POST', '/api/resources', { auth, body: resource() })
    expect(result.status).toBeGreaterThanOrEqual(401)
    expect(result.status).toBeLessThan(404)
  }
})
