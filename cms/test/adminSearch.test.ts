/**
 * The admin's search across lists (src/search/admin.ts) and its counts of pending work
 * (components/admin/pendingWork.ts), through the real Local API: each role finds only what it may
 * read, and is counted only the work it does.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import type { AdminSearchGroup } from '../src/search/admin'
import { bootLocalPayload } from './helpers/localPayload'
import { sampleData } from './helpers/samples'

let payload: Payload
let shutdown: () => Promise<void>
let search: (role: 'admin' | 'editor' | 'moderator', query: string) => Promise<AdminSearchGroup[]>
let pendingFor: (role: 'admin' | 'editor' | 'moderator') => Promise<string[]>
const word = `quillon${Date.now()}`

beforeAll(async () => {
  ;({ payload, shutdown } = await bootLocalPayload('admin-search'))
  const { adminSearch } = await import('../src/search/admin')
  const members = Object.fromEntries(
    await Promise.all(
      (['admin', 'editor', 'moderator'] as const).map(async (role) => {
        const user = await payload.create({ collection: 'users', data: { ...sampleData('users'), roles: [role] } as never })
        return [role, { ...user, collection: 'users' as const }]
      }),
    ),
  )
  search = async (role, query) => adminSearch(await createLocalReq({ user: members[role] }, payload), query)
  const { countPending } = await import('../src/components/admin/pendingWork')
  pendingFor = async (role) => (await countPending(payload, members[role] as never)).map(({ collection }) => collection)

  const create = (collection: Parameters<typeof sampleData>[0], data: Record<string, unknown>, draft = false) =>
    payload.create({ collection, data: { ...sampleData(collection), ...data } as never, draft })
  const post = await create('posts', { title: `Published ${word}`, _status: 'published' })
  await create('posts', { title: `Draft ${word}`, _status: 'draft' }, true)
  await create('pledges', { name: `Pending ${word}`, status: 'pending' })
  await create('pledges', { name: `Shown ${word}`, status: 'approved', featured: true, consentToShow: true })
  await create('contact-messages', { subject: 'Question', email: `${word}@test.invalid` })
  await create('comments', { post: post.id, name: `Commenter ${word}`, status: 'approved' })
  await create('comments', { post: post.id, name: 'Someone', email: `${word}.2@test.invalid`, status: 'approved' })
  await create('venues', { city: `City ${word}` })
})

afterAll(async () => {
  await shutdown?.()
})

const titlesBy = (groups: AdminSearchGroup[]) => Object.fromEntries(groups.map((group) => [group.collection, group.docs.map((doc) => doc.title).sort()]))

test('an editor finds drafts and public rows, never the messages or what moderators alone read', async () => {
  const found = titlesBy(await search('editor', word.toUpperCase()))
  expect(found.posts).toEqual([`Draft ${word}`, `Published ${word}`])
  expect(found.pledges).toEqual([`Shown ${word}`])
  // A commenter's email is for moderators: an editor finds comments by name only.
  expect(found.comments).toEqual([`Commenter ${word}`])
  expect(found['contact-messages']).toBeUndefined()
  expect(found.venues).toHaveLength(1)
})

test('a moderator finds every submission, by name or email, and only published posts', async () => {
  const groups = await search('moderator', word)
  const found = titlesBy(groups)
  expect(found.posts).toEqual([`Published ${word}`])
  expect(found.pledges).toEqual([`Pending ${word}`, `Shown ${word}`])
  expect(found.comments).toEqual([`Commenter ${word}`, 'Someone'])
  expect(found['contact-messages']).toEqual(['Question'])
  const message = groups.find((group) => group.collection === 'contact-messages')!
  expect(message.docs[0]!.detail).toContain(`${word}@test.invalid`)
  expect(message.paths).toEqual(['subject', 'name', 'email'])
})

test('lists are shown in a fixed order, and an admin sees them all', async () => {
  const groups = await search('admin', word)
  expect(groups.map((group) => group.collection)).toEqual(['posts', 'venues', 'pledges', 'comments', 'contact-messages'])
  expect(groups[0]).toMatchObject({ label: 'Blog posts', totalDocs: 2 })
})

test('too short or too long a search is refused saying why', async () => {
  await expect(search('admin', ' a ')).rejects.toThrow('Type at least 2 characters to search.')
  await expect(search('admin', 'x'.repeat(101))).rejects.toThrow('Search for at most 100 characters (this is 101).')
  const { listSearchQuery } = await import('../src/search/admin')
  expect(decodeURIComponent(listSearchQuery(['name', 'venue.city'], ' Fresno '))).toBe('where[or][0][name][like]=Fresno&where[or][1][venue.city][like]=Fresno')
})

test('pending work is counted for those who do it: moderators and admins see the submissions, an editor none', async () => {
  const submissions = ['comments', 'pledges', 'host-requests', 'contact-messages']
  expect(await pendingFor('admin')).toEqual(submissions)
  expect(await pendingFor('moderator')).toEqual(submissions)
  // An editor reads approved comments and featured pledges as visitors do, and moderates none of them.
  expect(await pendingFor('editor')).toEqual([])
})
