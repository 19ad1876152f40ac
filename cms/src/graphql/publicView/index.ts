import type * as GraphQLModule from 'graphql'
import { APIError, findOperation, type PayloadRequest, type Where } from 'payload'

import { isServedLimit, limitRefused } from '../../hooks/capListSize'
import { localised } from '../localised'
import { publicDvd, publicPost, publicScreening } from './documents'
import { publicUrls } from './urls'

type GraphQL = typeof GraphQLModule
type Results = { collections: Record<string, { graphQL?: { type: GraphQLModule.GraphQLObjectType } }>; types: Record<string, unknown> }
type Context = { req: PayloadRequest }
type ListArgs = { limit?: number; page?: number; locale?: string; fallbackLocale?: string }
type PublicCollection = 'screenings' | 'posts' | 'dvds'

const refuse = (message: string) => {
  throw new APIError(message, 400, undefined, true)
}

const pageOf = ({ limit = 10, page = 1 }: ListArgs) => {
  if (!isServedLimit(limit)) refuse(limitRefused(limit))
  if (!Number.isInteger(page) || page < 1) refuse(`page must be 1 or more (got ${page}).`)
  return { limit, page }
}

/**
 * Published documents only, whoever asks: the request's own access still applies (an anonymous
 * reader sees nothing else anyway), and staff signed in to the admin read the public view too.
 */
const readPublished = async (
  req: PayloadRequest,
  collection: PublicCollection,
  { where, sort, limit, page }: { where?: Where; sort: string[]; limit: number; page: number },
) =>
  findOperation({
    collection: req.payload.collections[collection],
    depth: collection === 'screenings' ? 0 : 1,
    draft: false,
    limit,
    page,
    req,
    sort,
    where: { and: [{ _status: { equals: 'published' } }, ...(where ? [where] : [])] },
  })

/**
 * The public view of published content (`PublicScreenings`, `PublicPosts`, `PublicDvds` and one of
 * each by slug): types partners can rely on without null checks, beside Payload's own queries, whose
 * types must allow the drafts they also serve.
 */
export const publicViewQueries = (GraphQL: GraphQL, results: Results) => {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const required = <T extends GraphQLModule.GraphQLType>(type: T) => new GraphQLNonNull(type)
  const listOf = <T extends GraphQLModule.GraphQLType>(type: T) => required(new GraphQLList(required(type)))
  const locale = results.types.localeInputType as GraphQLModule.GraphQLInputType | undefined
  const fallbackLocale = results.types.fallbackLocaleInputType as GraphQLModule.GraphQLInputType | undefined
  const localeArgs = { ...(locale ? { locale: { type: locale } } : {}), ...(fallbackLocale ? { fallbackLocale: { type: fallbackLocale } } : {}) }

  // Payload's own scalar and enums, so a value means the same in both views.
  const fieldType = (collection: string, name: string) => {
    const type = results.collections[collection]?.graphQL?.type.getFields()[name]?.type
    if (!type) throw new Error(`The ${collection} collection has no GraphQL field ${name}.`)
    return GraphQL.getNamedType(type) as GraphQLModule.GraphQLScalarType & GraphQLModule.GraphQLEnumType
  }
  const dateTime = fieldType('screenings', 'startsAt')

  const label = new GraphQLObjectType({
    name: 'ChoiceLabel',
    description: "A choice's label, in both of the site's languages.",
    fields: { en: { type: required(GraphQLString) }, es: { type: required(GraphQLString) } },
  })
  const choice = (name: string, values: GraphQLModule.GraphQLEnumType, description: string) =>
    new GraphQLObjectType({ name, description, fields: { value: { type: required(values) }, label: { type: required(label) } } })
  const money = new GraphQLObjectType({
    name: 'Money',
    description: 'An amount of money, exact: a decimal string in the currency\'s usual digits ("19.99", never 19.990000001), and its ISO 4217 code.',
    fields: { amount: { type: required(GraphQLString) }, currency: { type: required(GraphQLString) } },
  })
  const richText = new GraphQLObjectType({
    name: 'RichTextContent',
    description: 'Rich text as sanitized HTML (structure, links and images only; every address absolute) and as plain text.',
    fields: { html: { type: required(GraphQLString) }, text: { type: required(GraphQLString) } },
  })
  const imageSize = new GraphQLObjectType({
    name: 'PublicImageSize',
    fields: {
      name: { type: required(GraphQLString), description: 'thumbnail (400 px wide), card (768), hero (1600), their WebP twins, or og (1200 × 630).' },
      url: { type: required(GraphQLString) },
      width: { type: required(GraphQLInt) },
      height: { type: required(GraphQLInt) },
      mimeType: { type: GraphQLString },
    },
  })
  const image = new GraphQLObjectType({
    name: 'PublicImage',
    description: "An image with absolute addresses, built from the CMS's public URL.",
    fields: {
      url: { type: required(GraphQLString) },
      alt: { type: required(GraphQLString) },
      width: { type: GraphQLInt },
      height: { type: GraphQLInt },
      mimeType: { type: GraphQLString },
      sizes: { type: listOf(imageSize) },
    },
  })
  const venue = new GraphQLObjectType({
    name: 'PublicVenue',
    fields: {
      name: { type: required(GraphQLString) },
      address: { type: GraphQLString },
      postalCode: { type: GraphQLString },
      city: { type: required(GraphQLString) },
      region: { type: GraphQLString, description: "The US state's or Canadian province's code; elsewhere as written." },
      country: { type: required(GraphQLString), description: 'ISO 3166-1 alpha-2 code.' },
      latitude: { type: GraphQLFloat },
      longitude: { type: GraphQLFloat },
    },
  })
  const host = new GraphQLObjectType({ name: 'PublicHost', fields: { name: { type: required(GraphQLString) }, url: { type: GraphQLString } } })
  const admission = new GraphQLObjectType({
    name: 'PublicAdmission',
    fields: {
      isFree: { type: required(GraphQLBoolean) },
      price: { type: money, description: 'Null when free.' },
      rsvpUrl: { type: GraphQLString },
    },
  })
  const language = fieldType('screenings', 'language')
  const screening = new GraphQLObjectType({
    name: 'PublicScreening',
    description: 'A published screening.',
    fields: {
      id: { type: required(GraphQLString) },
      slug: { type: required(GraphQLString) },
      title: { type: required(GraphQLString) },
      status: { type: required(choice('ScreeningStatusChoice', fieldType('screenings', 'status'), 'scheduled, cancelled or postponed.')) },
      startsAt: { type: required(dateTime), description: 'The instant, in UTC.' },
      startsAtLocal: {
        type: required(GraphQLString),
        description: 'The same instant as the venue\'s clock reads it, with its offset: "2026-12-05T19:00:00-08:00".',
      },
      endsAt: { type: dateTime },
      endsAtLocal: { type: GraphQLString },
      timeZone: { type: required(GraphQLString), description: 'The venue\'s IANA time zone, e.g. "America/Los_Angeles".' },
      startTimeConfirmed: { type: required(GraphQLBoolean) },
      venue: { type: required(venue) },
      host: { type: host },
      admission: { type: required(admission) },
      description: { type: GraphQLString },
      accessibility: { type: GraphQLString },
      language: { type: required(choice('ScreeningLanguageChoice', language, 'en, es or bilingual.')) },
      subtitles: { type: listOf(choice('ScreeningSubtitlesChoice', fieldType('screenings', 'subtitles'), 'en or es.')) },
      url: { type: required(GraphQLString), description: "The screening's page on the site, in the language asked." },
      calendarUrl: { type: required(GraphQLString), description: 'Its .ics file, to add it to a calendar.' },
      updatedAt: { type: required(dateTime) },
    },
  })
  const category = new GraphQLObjectType({
    name: 'PublicCategory',
    fields: { id: { type: required(GraphQLString) }, slug: { type: required(GraphQLString) }, title: { type: required(GraphQLString) } },
  })
  const post = new GraphQLObjectType({
    name: 'PublicPost',
    description: 'A published blog post.',
    fields: {
      id: { type: required(GraphQLString) },
      slug: { type: required(GraphQLString) },
      title: { type: required(GraphQLString) },
      excerpt: { type: GraphQLString },
      author: { type: GraphQLString },
      publishedAt: { type: required(dateTime) },
      heroImage: { type: image },
      categories: { type: listOf(category) },
      content: { type: required(richText) },
      url: { type: required(GraphQLString) },
      updatedAt: { type: required(dateTime) },
    },
  })
  const dvd = new GraphQLObjectType({
    name: 'PublicDvd',
    description: 'A published DVD edition or licence.',
    fields: {
      id: { type: required(GraphQLString) },
      slug: { type: required(GraphQLString) },
      title: { type: required(GraphQLString) },
      summary: { type: GraphQLString },
      licence: { type: required(choice('DvdLicenceChoice', fieldType('dvds', 'licence'), 'Who may show it, and where.')) },
      format: { type: required(choice('DvdFormatChoice', fieldType('dvds', 'format'), 'dvd, bluray or digital.')) },
      availability: { type: required(choice('DvdAvailabilityChoice', fieldType('dvds', 'availability'), 'inStock, preOrder, outOfStock or discontinued.')) },
      price: { type: required(money) },
      includes: { type: listOf(GraphQLString) },
      region: { type: GraphQLString },
      runningTimeMinutes: { type: GraphQLFloat },
      purchaseUrl: { type: GraphQLString },
      orderInstructions: { type: GraphQLString },
      image: { type: image },
      url: { type: required(GraphQLString) },
      updatedAt: { type: required(dateTime) },
    },
  })
  const page = (name: string, item: GraphQLModule.GraphQLObjectType) =>
    new GraphQLObjectType({
      name,
      fields: {
        docs: { type: listOf(item) },
        totalDocs: { type: required(GraphQLInt) },
        page: { type: required(GraphQLInt) },
        totalPages: { type: required(GraphQLInt) },
        hasNextPage: { type: required(GraphQLBoolean) },
      },
    })
  const period = new GraphQLEnumType({
    name: 'ScreeningPeriod',
    values: {
      UPCOMING: { description: 'Starting now or later, soonest first (the default).' },
      PAST: { description: 'Started before now, latest first.' },
      ALL: { description: 'Every published screening, soonest first.' },
    },
  })
  const listArgs = {
    limit: { type: GraphQLInt, description: '1 to 100; 10 when left out.' },
    page: { type: GraphQLInt, description: '1 or more.' },
    ...localeArgs,
  }

  type Mapper = (doc: Record<string, unknown>, urls: ReturnType<typeof publicUrls>) => unknown
  const list = async (req: PayloadRequest, collection: PublicCollection, map: Mapper, args: ListArgs, options: { where?: Where; sort: string[] }) => {
    const { limit, page: pageNumber } = pageOf(args)
    const result = await readPublished(req, collection, { ...options, limit, page: pageNumber })
    const urls = publicUrls(req.locale ?? undefined)
    return {
      docs: (result.docs as unknown as Record<string, unknown>[]).map((doc) => map(doc, urls)).filter((doc) => doc !== null),
      totalDocs: result.totalDocs,
      page: result.page ?? pageNumber,
      totalPages: result.totalPages,
      hasNextPage: result.hasNextPage,
    }
  }
  const one = async (req: PayloadRequest, collection: PublicCollection, map: Mapper, slug: string) => {
    if (typeof slug !== 'string' || slug.length === 0 || slug.length > 200) refuse('slug must be a slug of 1 to 200 characters.')
    const result = await readPublished(req, collection, { where: { slug: { equals: slug } }, sort: ['-updatedAt'], limit: 1, page: 1 })
    const [doc] = result.docs as unknown as Record<string, unknown>[]
    return doc ? map(doc, publicUrls(req.locale ?? undefined)) : null
  }
  const bySlug = (type: GraphQLModule.GraphQLObjectType, collection: PublicCollection, map: Mapper, description: string) => ({
    type,
    description,
    args: { slug: { type: required(GraphQLString) }, ...localeArgs },
    resolve: (_source: unknown, args: ListArgs & { slug: string }, context: Context) => one(localised(context, args), collection, map, args.slug),
  })

  // Now to the minute, so that a minute's repeats are one answer for the caches.
  const now = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  const code = (name: string, value: string | undefined, pattern: RegExp, what: string) => {
    if (value !== undefined && value !== null && !pattern.test(value)) refuse(`${name} must be ${what} (got "${String(value).slice(0, 40)}").`)
    return value ?? undefined
  }

  return {
    PublicScreenings: {
      type: required(page('PublicScreenings', screening)),
      description: 'Published screenings: upcoming by default (no need to pass the time), or past, or all; in a region or country if given.',
      args: {
        when: { type: period, defaultValue: 'UPCOMING' },
        country: { type: GraphQLString, description: 'ISO 3166-1 alpha-2 code, e.g. "US".' },
        region: { type: GraphQLString, description: 'A region code as venues give it, e.g. "CA" (California).' },
        ...listArgs,
      },
      resolve: (_source: unknown, args: ListArgs & { when?: 'UPCOMING' | 'PAST' | 'ALL'; country?: string; region?: string }, context: Context) => {
        const country = code('country', args.country, /^[A-Za-z]{2}$/, 'a two-letter country code')
        const region = code('region', args.region, /^[A-Za-z0-9-]{1,10}$/, 'a region code of up to 10 letters or digits')
        const when = args.when ?? 'UPCOMING'
        const where: Where = {
          and: [
            ...(when === 'UPCOMING' ? [{ startsAt: { greater_than_equal: now() } }] : when === 'PAST' ? [{ startsAt: { less_than: now() } }] : []),
            ...(country ? [{ 'venue.country': { equals: country.toUpperCase() } }] : []),
            ...(region ? [{ 'venue.region': { equals: region.toUpperCase() } }] : []),
          ],
        }
        return list(localised(context, args), 'screenings', publicScreening, args, { where, sort: when === 'PAST' ? ['-startsAt'] : ['startsAt'] })
      },
    },
    PublicScreening: bySlug(screening, 'screenings', publicScreening, 'One published screening by its slug; null when there is none.'),
    PublicPosts: {
      type: required(page('PublicPosts', post)),
      description: 'Published blog posts, newest first; in a category if its slug is given.',
      args: { category: { type: GraphQLString, description: "A category's slug." }, ...listArgs },
      resolve: (_source: unknown, args: ListArgs & { category?: string }, context: Context) => {
        const category = code('category', args.category, /^[a-z0-9-]{1,100}$/, 'a category slug')
        return list(localised(context, args), 'posts', publicPost, args, {
          where: category ? { 'categories.slug': { equals: category } } : undefined,
          sort: ['-publishedAt'],
        })
      },
    },
    PublicPost: bySlug(post, 'posts', publicPost, 'One published post by its slug; null when there is none.'),
    PublicDvds: {
      type: required(page('PublicDvds', dvd)),
      description: 'Published DVD editions and licences, in the order the shop shows them.',
      args: listArgs,
      resolve: (_source: unknown, args: ListArgs, context: Context) =>
        list(localised(context, args), 'dvds', publicDvd, args, { sort: ['sortOrder', 'title'] }),
    },
  }
}
