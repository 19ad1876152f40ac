/**
 * Types partners can trust (issue 16, item 3): the public view of published content. Every field the
 * schema calls non-null is there for every published document; money is a decimal string with its
 * currency; choices carry both languages' labels; media addresses are absolute; rich text is
 * sanitized HTML and plain text; drafts never appear, whoever asks.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { availabilities, dvdFormats, licences, screeningStatuses } from '@made-in-la/shared/choices'
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql'
import { beforeAll, describe, expect, inject, test } from 'vitest'

import { api, type Auth, cmsUrl, graphql, login, randomIp, unique } from './helpers/http'
import { lexical, sampleData } from './helpers/samples'

const schema: GraphQLSchema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../../shared/schema.graphql'), 'utf8'))

/** Every field of a type, to the leaves (the whole view is a tree: no cycles). */
const selectionOf = (type: GraphQLNamedType): string => {
  if (isLeafType(type) || !isObjectType(type)) return ''
  const fields = Object.values(type.getFields()).map((field) => {
    const inner = getNamedType(field.type)
    return isLeafType(inner) ? field.name : `${field.name} { ${selectionOf(inner)} }`
  })
  return fields.join(' ')
}

/** The paths, in an answer, where a field the schema calls non-null holds null. */
const nullsInNonNull = (value: unknown, type: GraphQLOutputType, at: string): string[] => {
  if (value === null || value === undefined) return isNonNullType(type) ? [at] : []
  const inner = isNonNullType(type) ? type.ofType : type
  if (isListType(inner)) return (value as unknown[]).flatMap((item, index) => nullsInNonNull(item, inner.ofType, `${at}[${index}]`))
  if (!isObjectType(inner)) return []
  return Object.values(inner.getFields()).flatMap((field: GraphQLField<unknown, unknown>) =>
    nullsInNonNull((value as Record<string, unknown>)[field.name], field.type, `${at}.${field.name}`),
  )
}

const anonymous = () => ({ ip: randomIp() })
const query = schema.getQueryType()!.getFields()
const whole = (name: 'PublicScreenings' | 'PublicPosts' | 'PublicDvds') => selectionOf(getNamedType(query[name].type))

let admin: Auth

beforeAll(async () => {
  const { email, password } = inject('adminCredentials')
  admin = { jwt: await login(email, password), ip: randomIp() }
})

const publishedCount = async (collection: string) => {
  const { body } = await api('GET', `/api/${collection}?where[_status][equals]=published&limit=1&depth=0`, { auth: anonymous() })
  return body.totalDocs as number
}

describe('published content through the public view', () => {
  test.each([
    ['PublicScreenings', 'screenings', '(when: ALL, limit: 100)'],
    ['PublicPosts', 'posts', '(limit: 100)'],
    ['PublicDvds', 'dvds', '(limit: 100)'],
  ] as const)('%s: every published document, no null in a non-null field, in both languages', async (name, collection, args) => {
    const published = await publishedCount(collection)
    expect(published).toBeGreaterThan(0)
    for (const locale of ['en', 'es']) {
      const { status, body } = await graphql(`{ ${name}${args.replace(')', `, locale: ${locale})`)} { ${whole(name)} } }`, {}, anonymous())
      expect(status).toBe(200)
      expect(body.errors).toBeUndefined()
      const answer = body.data[name]
      expect(answer.totalDocs).toBe(published)
      // None left out for a missing essential: the seed's documents are all whole.
      expect(answer.docs).toHaveLength(published)
      expect(nullsInNonNull(answer, query[name].type, name)).toEqual([])
    }
  })

  test('prices are exact decimal strings with their currency; choices carry both labels', async () => {
    const { body } = await graphql(
      '{ PublicDvds(limit: 100) { docs { slug price { amount currency } licence { value label { en es } } format { value label { en es } } availability { value label { en es } } } } }',
      {},
      anonymous(),
    )
    const { body: stored } = await api('GET', '/api/dvds?where[_status][equals]=published&limit=100&depth=0', { auth: anonymous() })
    const bySlug = new Map((stored.docs as { slug: string; price: number; currency: string }[]).map((doc) => [doc.slug, doc]))
    for (const dvd of body.data.PublicDvds.docs) {
      const original = bySlug.get(dvd.slug)!
      expect(dvd.price).toEqual({ amount: original.price.toFixed(2), currency: original.currency })
      expect(dvd.price.amount).toMatch(/^\d+\.\d{2}$/)
      expect(dvd.licence.label).toEqual(licences.labels[dvd.licence.value as keyof typeof licences.labels])
      expect(dvd.format.label).toEqual(dvdFormats.labels[dvd.format.value as keyof typeof dvdFormats.labels])
      expect(dvd.availability.label).toEqual(availabilities.labels[dvd.availability.value as keyof typeof availabilities.labels])
    }
    const { body: screenings } = await graphql('{ PublicScreenings(when: ALL, limit: 100) { docs { status { value label { en es } } } } }', {}, anonymous())
    for (const { status } of screenings.data.PublicScreenings.docs)
      expect(status.label).toEqual(screeningStatuses.labels[status.value as keyof typeof screeningStatuses.labels])
  })

  test("a price a float cannot hold exactly is answered as its decimal (19.99, 0.1 + 0.2's 0.30)", async () => {
    const dvd = await api('POST', '/api/dvds', { auth: admin, body: { ...sampleData('dvds'), price: 0.1 + 0.2, currency: 'EUR', _status: 'published' } })
    expect(dvd.status).toBe(201)
    const { body } = await graphql(
      `
        {
          PublicDvds(limit: 100) {
            docs {
              slug
              price {
                amount
                currency
              }
            }
          }
        }
      `,
      {},
      anonymous(),
    )
    const found = body.data.PublicDvds.docs.find((doc: { slug: string }) => doc.slug === dvd.body.doc.slug)
    expect(found.price).toEqual({ amount: '0.30', currency: 'EUR' })
    await api('DELETE', `/api/dvds/${dvd.body.doc.id}`, { auth: admin })
  })
})

describe('media addresses', () => {
  test('are absolute, from the public URL, and each one answers with the image', async () => {
    const { body } = await graphql(
      '{ PublicPosts(limit: 100) { docs { heroImage { url alt width height sizes { name url width height } } content { html } } } }',
      {},
      anonymous(),
    )
    const images = body.data.PublicPosts.docs.flatMap((post: { heroImage: { url: string; sizes: { url: string }[] } | null }) =>
      post.heroImage ? [post.heroImage.url, ...post.heroImage.sizes.map(({ url }) => url)] : [],
    )
    const inHtml = body.data.PublicPosts.docs.flatMap((post: { content: { html: string } }) =>
      [...post.content.html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]),
    )
    expect(images.length).toBeGreaterThan(0)
    const port = new URL(cmsUrl()).port
    for (const url of [...images, ...inHtml]) {
      // The test server sets no CMS_PUBLIC_URL: its public URL is then http://localhost:<port>.
      expect(url).toMatch(new RegExp(`^http://localhost:${port}/api/media/file/`))
    }
    const response = await fetch(`${cmsUrl()}${new URL(images[0]).pathname}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\//)
  })
})

describe('rich text', () => {
  test('is sanitized HTML and plain text: markup typed as text stays text, links are absolute on the site', async () => {
    const content = lexical('Read <script>alert(1)</script> & <img src=x onerror=alert(2)> then act.')
    const link = {
      type: 'link',
      version: 3,
      fields: { linkType: 'custom', url: '/get-involved', newTab: false },
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [{ type: 'text', text: 'Get involved', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
    }
    ;(content.root.children[0].children as unknown[]).push(link)
    const title = unique('Rich text')
    const created = await api('POST', '/api/posts', { auth: admin, body: { title, content, excerpt: 'x', _status: 'published' } })
    expect(created.status).toBe(201)
    const { slug } = created.body.doc
    for (const locale of ['en', 'es']) {
      const { body } = await graphql(
        'query ($slug: String!, $locale: LocaleInputType) { PublicPost(slug: $slug, locale: $locale) { title url content { html text } } }',
        { slug, locale },
        anonymous(),
      )
      const post = body.data.PublicPost
      const site = locale === 'es' ? 'http://localhost:3000/es' : 'http://localhost:3000'
      expect(post.url).toBe(`${site}/blog/${slug}`)
      expect(post.content.html).not.toMatch(/<script|<img/i)
      expect(post.content.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(post.content.html).toContain(`<a href="${site}/get-involved">Get involved</a>`)
      expect(post.content.text).toBe('Read <script>alert(1)</script> & <img src=x onerror=alert(2)> then act.Get involved')
    }
    await api('DELETE', `/api/posts/${created.body.doc.id}`, { auth: admin })
  })

  test("the seed post's blocks come through: its videos as links, its call to action as a numbered list", async () => {
    const { body } = await graphql('{ PublicPosts(limit: 100) { docs { title content { html text } } } }', {}, anonymous())
    const post = body.data.PublicPosts.docs.find((doc: { title: string }) => /Restore Fairness/i.test(doc.title))
    expect(post).toBeTruthy()
    expect(post.content.html).toMatch(/<a href="https:\/\/(www\.)?(vimeo|youtube)\.com[^"]*">/)
    expect(post.content.html).toMatch(/<ol>(<li>.+?<\/li>){6}<\/ol>/)
    expect(post.content.text).toMatch(/^1\. /m)
    expect(post.content.text).not.toMatch(/<[a-z]/i)
  })
})

describe('only what is published, for everyone', () => {
  test('a draft never appears, not even to staff; upcoming needs no time from the client', async () => {
    const draft = await api('POST', '/api/screenings', { auth: admin, body: { ...sampleData('screenings'), _status: 'draft' } })
    expect(draft.status).toBe(201)
    for (const auth of [anonymous(), admin]) {
      const { body } = await graphql('{ PublicScreenings(when: ALL, limit: 100) { docs { slug } } }', {}, auth)
      expect(body.data.PublicScreenings.docs.map(({ slug }: { slug: string }) => slug)).not.toContain(draft.body.doc.slug)
      const one = await graphql(`{ PublicScreening(slug: "${draft.body.doc.slug}") { slug } }`, {}, auth)
      expect(one.body.data.PublicScreening).toBeNull()
    }
    await api('DELETE', `/api/screenings/${draft.body.doc.id}`, { auth: admin })

    const now = Date.now()
    const upcoming = await graphql('{ PublicScreenings(limit: 100) { docs { startsAt startsAtLocal timeZone } } }', {}, anonymous())
    const past = await graphql('{ PublicScreenings(when: PAST, limit: 100) { docs { startsAt } } }', {}, anonymous())
    expect(upcoming.body.data.PublicScreenings.docs.length).toBeGreaterThan(0)
    expect(past.body.data.PublicScreenings.docs.length).toBeGreaterThan(0)
    for (const { startsAt, startsAtLocal } of upcoming.body.data.PublicScreenings.docs) {
      expect(new Date(startsAt).getTime()).toBeGreaterThan(now - 60_000)
      // The venue's clock, with its offset: the same instant.
      expect(startsAtLocal).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
      expect(new Date(startsAtLocal).getTime()).toBe(new Date(startsAt).getTime())
    }
    for (const { startsAt } of past.body.data.PublicScreenings.docs) expect(new Date(startsAt).getTime()).toBeLessThan(now)
  })

  test('by country and region, and each links to its page and calendar file on the site', async () => {
    const { body } = await graphql(
      '{ PublicScreenings(when: ALL, country: "us", region: "CA", limit: 100) { totalDocs docs { slug url calendarUrl venue { country region } } } }',
      {},
      anonymous(),
    )
    expect(body.data.PublicScreenings.totalDocs).toBeGreaterThan(0)
    for (const screening of body.data.PublicScreenings.docs) {
      expect(screening.venue).toMatchObject({ country: 'US', region: 'CA' })
      expect(screening.url).toBe(`http://localhost:3000/screenings/${screening.slug}`)
      expect(screening.calendarUrl).toBe(`http://localhost:3000/calendar/${screening.slug}.ics`)
    }
  })
})

describe('bad arguments', () => {
  test.each([
    ['PublicScreenings(page: 0)', 'page'],
    ['PublicScreenings(limit: 0)', 'limit'],
    ['PublicScreenings(country: "USA")', 'country'],
    ['PublicScreenings(region: "not a region")', 'region'],
    ['PublicPosts(category: "../x")', 'category'],
  ])('%s: BAD_USER_INPUT naming %s, nothing read', async (call, argument) => {
    const { status, body } = await graphql(`{ ${call} { totalDocs } }`, {}, anonymous())
    // Refused by validation (400) or by the field (in the body), as for Payload's own lists.
    expect(status).toBeLessThan(500)
    expect(body.data ?? null).toBeNull()
    expect(body.errors[0].message).toContain(argument)
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT')
  })
})
