import { getDistance } from 'geolib'
import type * as GraphQLModule from 'graphql'
import { APIError, findOperation, type PayloadRequest, type SanitizedConfig, type Where } from 'payload'

import { localised } from '../graphql/localised'
import { isServedLimit, limitRefused } from '../hooks/capListSize'
import { limitMessage } from '../limitMessage'
import { findPlaces, type Place, withinBox } from './places'

type GraphQL = typeof GraphQLModule
type Results = { collections: Record<string, { graphQL?: { type: GraphQLModule.GraphQLObjectType } }>; types: Record<string, unknown> }
type Context = { req: PayloadRequest }

export const maxRadiusKm = 500

const within = (name: string, value: number, low: number, high: number) => {
  if (!Number.isFinite(value) || value < low || value > high)
    throw new APIError(`${name} must be between ${low} and ${high} (got ${value}).`, 400, undefined, true)
}

const pageSize = (limit: number | undefined) => {
  if (limit === undefined) return 10
  if (!isServedLimit(limit)) throw new APIError(limitRefused(limit), 400, undefined, true)
  return limit
}

export type Nearby<Doc> = { distanceKm: number; screening: Doc }

/**
 * Upcoming published screenings within `radiusKm` of a point, nearest first. Works the same on
 * both databases (Payload's `near` is MongoDB's alone): the database reads the screenings inside
 * the circle's bounding box (`withinBox`), and the distance on the globe leaves out its corners.
 * The read runs with the request's access, so drafts stay out.
 */
export const screeningsNear = async (
  req: PayloadRequest,
  { latitude, longitude, radiusKm, limit }: { latitude: number; longitude: number; radiusKm: number; limit?: number },
) => {
  within('latitude', latitude, -90, 90)
  within('longitude', longitude, -180, 180)
  if (!(radiusKm >= 1 && radiusKm <= maxRadiusKm)) {
    const message = limitMessage({
      production: 'radiusKm must be within the range this API searches.',
      withNumbers: `radiusKm must be between 1 and ${maxRadiusKm} (got ${radiusKm}).`,
    })
    throw new APIError(message, 400, undefined, true)
  }
  const size = pageSize(limit)
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  const where: Where = { and: [{ startsAt: { greater_than_equal: now } }, withinBox('venue.', { latitude, longitude }, radiusKm)] }
  const found: Nearby<Record<string, unknown>>[] = []
  // A box holds few upcoming screenings; read it 100 at a time, up to 1,000.
  for (let page = 1; page <= 10; page++) {
    const result = await findOperation({
      collection: req.payload.collections.screenings,
      depth: 0,
      draft: false,
      limit: 100,
      page,
      req,
      sort: ['startsAt'],
      where,
    })
    for (const doc of result.docs as unknown as Record<string, { latitude?: number | null; longitude?: number | null }>[]) {
      const venue = doc.venue
      if (typeof venue?.latitude !== 'number' || typeof venue.longitude !== 'number') continue
      const metres = getDistance({ latitude, longitude }, { latitude: venue.latitude, longitude: venue.longitude }, 10)
      if (metres <= radiusKm * 1000) found.push({ distanceKm: Math.round(metres / 100) / 10, screening: doc })
    }
    if (!result.hasNextPage) break
  }
  found.sort((a, b) => a.distanceKm - b.distanceKm)
  return { docs: found.slice(0, size), totalDocs: found.length }
}

/** The queries partners and the site use to find places and screenings near them. */
export const placeQueries = (GraphQL: GraphQL, results: Results & { config: SanitizedConfig }) => {
  const { GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString, GraphQLEnumType } = GraphQL
  const screening = results.collections.screenings?.graphQL?.type
  if (!screening) throw new Error('The screenings collection has no GraphQL type.')
  const locale = results.types.localeInputType as GraphQLModule.GraphQLInputType | undefined
  const fallbackLocale = results.types.fallbackLocaleInputType as GraphQLModule.GraphQLInputType | undefined
  const required = <T extends GraphQLModule.GraphQLType>(type: T) => new GraphQLNonNull(type)

  const place = new GraphQLObjectType({
    name: 'Place',
    description: 'A city (GeoNames) or a US ZIP code (Census Bureau), resolved offline.',
    fields: {
      id: { type: required(GraphQLString), description: '`city:<GeoNames id>` or `zip:<code>`.' },
      kind: { type: required(new GraphQLEnumType({ name: 'PlaceKind', values: { city: { value: 'city' }, zip: { value: 'zip' } } })) },
      name: { type: required(GraphQLString) },
      region: { type: required(GraphQLString), description: "The US state's code; elsewhere GeoNames' first-level region code." },
      country: { type: required(GraphQLString), description: 'ISO 3166-1 alpha-2 code.' },
      latitude: { type: required(GraphQLFloat) },
      longitude: { type: required(GraphQLFloat) },
      population: { type: required(GraphQLInt) },
    },
  })
  const nearby = new GraphQLObjectType({
    name: 'ScreeningNearby',
    fields: {
      distanceKm: { type: required(GraphQLFloat), description: 'Along the globe, to 0.1 km.' },
      screening: { type: required(screening) },
    },
  })
  const list = (name: string, item: GraphQLModule.GraphQLObjectType) =>
    new GraphQLObjectType({ name, fields: { docs: { type: required(new GraphQLList(required(item))) }, totalDocs: { type: required(GraphQLInt) } } })

  return {
    Places: {
      type: required(list('Places', place)),
      description: 'The places a search may mean ("90012", "Springfield, IL", "Montréal, Canada"), most populous first.',
      args: { search: { type: required(GraphQLString) }, limit: { type: GraphQLInt } },
      resolve: async (_source: unknown, args: { search: string; limit?: number }) => {
        const docs: Place[] = await findPlaces(args.search, pageSize(args.limit))
        return { docs, totalDocs: docs.length }
      },
    },
    ScreeningsNear: {
      type: required(list('ScreeningsNear', nearby)),
      description: `Upcoming published screenings within radiusKm (1 to ${maxRadiusKm}) of a point, nearest first.`,
      args: {
        latitude: { type: required(GraphQLFloat) },
        longitude: { type: required(GraphQLFloat) },
        radiusKm: { type: required(GraphQLFloat) },
        limit: { type: GraphQLInt },
        ...(locale ? { locale: { type: locale } } : {}),
        ...(fallbackLocale ? { fallbackLocale: { type: fallbackLocale } } : {}),
      },
      resolve: async (
        _source: unknown,
        args: { latitude: number; longitude: number; radiusKm: number; limit?: number; locale?: string; fallbackLocale?: string },
        context: Context,
      ) => screeningsNear(localised(context, args), args),
    },
  }
}
