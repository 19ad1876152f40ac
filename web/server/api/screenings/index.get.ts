import { nearbyRadii } from '@made-in-la/shared/places'

/**
 * Upcoming (soonest first) or past (latest first) screenings, filtered by city, region and month, or
 * upcoming ones near a place (utils/screenings.ts). Filter values are checked against the cached list
 * of every screening first: one that no screening has is a 404 without a read of its own.
 */
export default defineEventHandler(async (event) => {
  const query = getQuery(event)
  const scope = query.scope === 'past' ? 'past' : 'upcoming'
  const text = (name: string) => (typeof query[name] === 'string' && query[name] ? String(query[name]) : undefined)
  const filters = { city: text('city'), region: text('region'), month: text('month') }
  const locale = localeOf(event)
  const nearText = scope === 'upcoming' ? text('near') : undefined
  const radiusKm = Number(text('radius') ?? nearbyRadii.default)

  const { options, namesNone } = await screeningFilterOptions(locale)
  if (namesNone(filters)) throw createError({ statusCode: 404, statusMessage: 'No screenings match that filter' })

  if (nearText) {
    await limitLookups(event, 'place searches')
    return { scope, filters, options, ...(await screeningsNear(locale, nearText, radiusKm)) }
  }

  const screenings = await filteredScreenings(locale, scope, filters)
  return { scope, filters, screenings: screenings.map((screening) => ({ ...screening, distanceKm: null })), options, near: null }
})
