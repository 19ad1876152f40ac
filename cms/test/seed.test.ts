/** The demo content, through the real Local API on its own temporary database file. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { bootLocalPayload } from './helpers/localPayload'

let payload: Payload
let shutdown: () => Promise<void>
let seed: (payload: Payload) => Promise<void>
let seedIfEmpty: (payload: Payload) => Promise<boolean>

const collections = ['posts', 'categories', 'pages', 'press-items', 'media', 'screenings', 'dvds', 'users'] as const

const countAll = async () =>
  Object.fromEntries(await Promise.all(collections.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs])))

beforeAll(async () => {
  ;({ payload, shutdown } = await bootLocalPayload('seed'))
  ;({ seed, seedIfEmpty } = await import('../src/seed'))
})

afterAll(async () => {
  await shutdown?.()
})

describe('first start', () => {
  test('an empty database is seeded, and a second start leaves it alone', async () => {
    expect(await seedIfEmpty(payload)).toBe(true)
    expect(await seedIfEmpty(payload)).toBe(false)
  })

  test('seeding again changes nothing: the seed is idempotent', async () => {
    const before = await countAll()
    await seed(payload)
    expect(await countAll()).toEqual(before)
  })
})

describe('demo content', () => {
  test('the Restore Fairness post has both Breakthrough videos and a six-step call to action', async () => {
    const { docs } = await payload.find({ collection: 'posts', where: { slug: { equals: 'breakthrough-restore-fairness-campaign' } } })
    const [post] = docs
    expect(post._status).toBe('published')
    const blocks = post.content!.root.children.filter((node) => node.type === 'block') as unknown as {
      fields: { blockType: string; title?: string; url?: string; credit?: string; steps?: unknown[] }
    }[]
    const videos = blocks.filter((block) => block.fields.blockType === 'videoEmbed')
    expect(videos.map((video) => [video.fields.title, video.fields.credit])).toEqual([
      ['Restore Fairness', 'by Breakthrough'],
      ['Juana Villegas: A Pregnant Woman Detained', 'by Breakthrough'],
    ])
    // The seed page gives no video addresses: the demo ones are marked as examples to replace.
    for (const video of videos) expect(video.fields.url).toMatch(/EXAMPLE|000000/)
    const actions = blocks.find((block) => block.fields.blockType === 'callToAction')
    expect(actions?.fields.steps).toHaveLength(6)
  })

  test('screenings are marked as demo, span several time zones, and include past and upcoming ones', async () => {
    const { docs } = await payload.find({ collection: 'screenings', limit: 100 })
    expect(docs.every((screening) => screening.title?.startsWith('Demo'))).toBe(true)
    expect(new Set(docs.map((screening) => screening.timeZone)).size).toBeGreaterThanOrEqual(3)
    const now = Date.now()
    expect(docs.some((screening) => new Date(screening.startsAt).getTime() > now)).toBe(true)
    expect(docs.some((screening) => new Date(screening.startsAt).getTime() < now)).toBe(true)
  })

  test('every page of the original navigation exists, in English and Spanish', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'es' })
    expect(settings.navigation?.map((item) => item.label)).toContain('Organiza una proyección')
    const pageLinks = (settings.navigation ?? [])
      .map((item) => item.link ?? '')
      .filter((link) => !['', '/', '/blog', '/screenings', '/buy-the-dvd'].includes(link))
    for (const link of pageLinks) {
      const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: link.slice(1) } }, locale: 'es' })
      expect(docs, link).toHaveLength(1)
    }
  })

  test('the demo admin uses the development default when no credentials are set', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } })
    expect(docs.map((user) => user.email)).toContain(process.env.SEED_ADMIN_EMAIL ?? 'admin@example.com')
    const site = await payload.find({ collection: 'users', where: { roles: { contains: 'site' } } })
    expect(site.docs).toHaveLength(1)
  })
})
