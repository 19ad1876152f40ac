import type { Screening_Where } from '@made-in-la/shared/graphql'
import { localMonth, monthRangeAnywhere } from '@made-in-la/shared/timeZones'

/**
 * Upcoming (soonest first) or past (latest first) screenings, filtered by city, region and month: the
 * month on the venue's own calendar (11 pm on 31 March in Los Angeles is March).
 */
export default defineEventHandler(async (event) => {
  const query = getQuery(event)
  const scope = query.scope === 'past' ? 'past' : 'upcoming'
  const text = (name: string) => (typeof query[name] === 'string' && query[name] ? String(query[name]).slice(0, 120) : undefined)
  const city = text('city')
  const region = text('region')
  const month = text('month')

  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  const and: Screening_Where[] = [scope === 'past' ? { startsAt: { less_than: now } } : { startsAt: { greater_than_equal: now } }]
  if (city) and.push({ venue__city: { equals: city } })
  if (region) and.push({ venue__region: { equals: region } })
  const monthFilter = month && /^\d{4}-\d{2}$/.test(month) ? month : undefined
  if (monthFilter) {
    const { from, to } = monthRangeAnywhere(monthFilter)
    and.push({ startsAt: { greater_than_equal: from } }, { startsAt: { less_than: to } })
  }
  const locale = localeOf(event)
  const [list, all] = await Promise.all([
    fetchScreeningList({ locale, where: { AND: and }, sort: scope === 'past' ? '-startsAt' : 'startsAt', limit: 100 }),
    fetchScreeningList({ locale, sort: 'startsAt', limit: 100 }),
  ])
  const everyScreening = publishedScreenings(all.Screenings?.docs)
  const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter(Boolean) as string[])].sort()
  return {
    scope,
    filters: { city, region, month },
    screenings: publishedScreenings(list.Screenings?.docs).filter(
      (screening) => !monthFilter || localMonth(screening.startsAt, screening.timeZone) === monthFilter,
    ),
    options: {
      cities: distinct(everyScreening.map((screening) => screening.venue.city)),
      regions: distinct(everyScreening.map((screening) => screening.venue.region)),
      months: distinct(everyScreening.map((screening) => localMonth(screening.startsAt, screening.timeZone))),
    },
  }
})
