/** Drafts, versions and scheduled publishing through the real Local API and Payload's jobs queue. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { bootLocalPayload } from './helpers/localPayload'
import { sampleData } from './helpers/samples'

let payload: Payload
let shutdown: () => Promise<void>

beforeAll(async () => {
  ;({ payload, shutdown } = await bootLocalPayload('publishing'))
})

afterAll(async () => {
  await shutdown?.()
})

const visibleToVisitors = async (id: string) => {
  const { docs } = await payload.find({ collection: 'posts', where: { id: { equals: id } }, overrideAccess: false })
  return docs.length === 1
}

test('a draft stays private until published, and every save keeps a version', async () => {
  const draft = await payload.create({ collection: 'posts', data: { ...sampleData('posts'), _status: 'draft' } as never, draft: true })
  expect(await visibleToVisitors(draft.id)).toBe(false)

  await payload.update({ collection: 'posts', id: draft.id, data: { _status: 'published' } })
  expect(await visibleToVisitors(draft.id)).toBe(true)

  const versions = await payload.findVersions({ collection: 'posts', where: { parent: { equals: draft.id } } })
  expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  const published = await payload.findByID({ collection: 'posts', id: draft.id })
  expect(published.publishedAt).toBeTruthy()
})

test('a scheduled publish runs from the jobs queue when its time comes, and not before', async () => {
  const draft = await payload.create({ collection: 'posts', data: { ...sampleData('posts'), _status: 'draft' } as never, draft: true })
  const later = await payload.create({ collection: 'posts', data: { ...sampleData('posts'), _status: 'draft' } as never, draft: true })

  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'posts', value: draft.id } },
    waitUntil: new Date(Date.now() - 1000),
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'posts', value: later.id } },
    waitUntil: new Date(Date.now() + 60 * 60 * 1000),
  })
  await payload.jobs.run()

  expect(await visibleToVisitors(draft.id)).toBe(true)
  expect(await visibleToVisitors(later.id)).toBe(false)
})

test("scheduled publishing and unpublishing are in partners' change log, through the same hooks as a save", async () => {
  const draft = await payload.create({ collection: 'posts', data: { ...sampleData('posts'), _status: 'draft' } as never, draft: true })
  for (const type of ['publish', 'unpublish'] as const) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: 'posts', value: draft.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
  }
  const { docs } = await payload.find({ collection: 'content-changes', where: { document: { equals: draft.id } }, sort: ['at', 'id'] })
  expect(docs.map(({ collection, kind, slug }) => ({ collection, kind, slug }))).toEqual([
    { collection: 'posts', kind: 'published', slug: draft.slug },
    { collection: 'posts', kind: 'unpublished', slug: draft.slug },
  ])
})

test('screenings and pages have drafts too', async () => {
  for (const collection of ['screenings', 'pages'] as const) {
    const draft = await payload.create({ collection, data: { ...sampleData(collection), _status: 'draft' } as never, draft: true })
    const { docs } = await payload.find({ collection, where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(docs, collection).toHaveLength(0)
  }
})
