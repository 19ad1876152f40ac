import type { Screening_Where } from '@made-in-la/shared/graphql'
import { localMonth, monthRangeAnywhere } from '@made-in-la/shared/timeZones'
import { publishedScreenings } from '@made-in-la/shared/published'

/**
 * Upcoming (soonest first) or past (latest first) screenings, filtered by city, region and month: the
 * month on the venue's own calendar (11 pm on 31 March in Los Angeles is March). Filter values are
 * checked against the cached list of every screening first: one that no screening has is a 404
 * without a read of its own.
 */
export default defineEventHandler(async (event) => {
  const query = getQuery(event)
  const scope = query.scope === 'past' ? 'past' : 'upcoming'
  const text = (name: string) => (typeof query[name] === 'string' && query[name] ? String(query[name]) : undefined)
  const city = text('city')
  const region = text('region')
  const month = text('month')
  const locale = localeOf(event)

  const all = await fetchScreeningList({ locale, sort: 'startsAt', limit: 100 })
  const everyScreening = publishedScreenings(all.Screenings?.docs)
  const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter(Boolean) as string[])].sort()
  const options = {
    cities: distinct(everyScreening.map((screening) => screening.venue.city)),
    regions: distinct(everyScreening.map((screening) => screening.venue.region)),
    months: distinct(everyScreening.map((screening) => localMonth(screening.startsAt, screening.timeZone))),
  }
  // The list holds up to 100: past that, any value may exist and the filtered read decides.
  const complete = (all.Screenings?.totalDocs ?? 0) <= (all.Screenings?.docs?.length ?? 0)
  const unknown = (value: string | undefined, known: string[]) => value !== undefined && complete && !known.includes(value)
  if (unknown(city, options.cities) || unknown(region, options.regions) || unknown(month, options.months)) {
    throw createError({ statusCode: 404, statusMessage: 'No screenings match that filter' })
  }

  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  const and: Screening_Where[] = [scope === 'past' ? { startsAt: { less_than: now } } : { startsAt: { greater_than_equal: now } }]
  if (city) and.push({ venue__city: { equals: city } })
  if (region) and.push({ venue__region: { equals: region } })
  const monthFilter = month && /^\d{4}-\d{2}$/.test(month) ? month : undefined
  if (monthFilter) {
    const { from, to } = monthRangeAnywhere(monthFilter)
    and.push({ startsAt: { greater_than_equal: from } }, { startsAt: { less_than: to } })
  }
  const list = await fetchScreeningList({ locale, where: { AND: and }, sort: scope === 'past' ? '-startsAt' : 'startsAt', limit: 100 })
  return {
    scope,
    filters: { city, region, month },
    screenings: publishedScreenings(list.Screenings?.docs).filter(
      (screening) => !monthFilter || localMonth(screening.startsAt, screening.timeZone) === monthFilter,
    ),
    options,
  }
})
