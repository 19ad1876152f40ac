import { PlacesMatchingDocument, type Screening_Where, ScreeningsNearPointDocument } from '@made-in-la/shared/graphql'
import { placeQuery } from '@made-in-la/shared/places'
import { isPresent, publishedScreenings, toPublishedScreening } from '@made-in-la/shared/published'
import { localMonth, monthRangeAnywhere } from '@made-in-la/shared/timeZones'

import type { SiteLocale } from './locale'

/**
 * The screenings lists the site shows, on the screenings page and in the widget partners embed
 * (routes/embed): filtered by city, region and month, or near a place.
 */

// What a typed place may mean (the gazetteer does not change, so a search is cached for a day).
const fetchPlaces = defineCachedFunction((search: string) => cmsQuery(PlacesMatchingDocument, { search, limit: 6 }), {
  name: 'places',
  group: 'cms',
  maxAge: 86_400,
  getKey: (search: string) => JSON.stringify([search]),
})

const fetchScreeningsNear = cachedCmsQuery('screenings-near', (locale: SiteLocale, latitude: number, longitude: number, radiusKm: number) =>
  cmsQuery(ScreeningsNearPointDocument, { locale, latitude, longitude, radiusKm, limit: 100 }),
)

/**
 * Upcoming screenings near what a visitor typed (a city or a US ZIP code), nearest first. A place
 * that may mean several (Springfield) answers the choices instead; one far more populous than the
 * others (Los Angeles) is taken, with the others offered.
 */
export const screeningsNear = async (locale: SiteLocale, search: string, radiusKm: number) => {
  const places = (await fetchPlaces(search.trim().replace(/\s+/g, ' ').toLowerCase())).Places.docs
  const [first, second] = places
  const place = first && (!second || first.population >= 10 * second.population) ? first : undefined
  // One link per search that finds it: "Los Angeles, MX" stands for the most populous of three.
  const seen = new Set<string>()
  const others = places
    .filter((other) => other !== place)
    .map((other) => ({ ...other, query: placeQuery(other) }))
    .filter((other) => !seen.has(other.query) && seen.add(other.query))
  const near = { search, radiusKm, place, others }
  if (!place) return { near, screenings: [] }
  const found = await fetchScreeningsNear(locale, place.latitude, place.longitude, radiusKm)
  const screenings = found.ScreeningsNear.docs
    .map(({ distanceKm, screening }) => {
      const published = toPublishedScreening(screening)
      return published && { ...published, distanceKm }
    })
    .filter(isPresent)
  return { near, screenings }
}

export type ScreeningFilters = { city?: string; region?: string; month?: string }

/**
 * The cities, regions and months that published screenings have, from the cached list of every
 * screening, and whether a filter value names none of them: such a value is answered without a read
 * of its own. The list holds up to 100: past that, any value may exist and the filtered read decides.
 */
export const screeningFilterOptions = async (locale: SiteLocale) => {
  const all = await fetchScreeningList({ locale, sort: 'startsAt', limit: 100 })
  const everyScreening = publishedScreenings(all.Screenings?.docs)
  const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter(Boolean) as string[])].sort()
  const options = {
    cities: distinct(everyScreening.map((screening) => screening.venue.city)),
    regions: distinct(everyScreening.map((screening) => screening.venue.region)),
    months: distinct(everyScreening.map((screening) => localMonth(screening.startsAt, screening.timeZone))),
  }
  const complete = (all.Screenings?.totalDocs ?? 0) <= (all.Screenings?.docs?.length ?? 0)
  const unknown = (value: string | undefined, known: string[]) => value !== undefined && complete && !known.includes(value)
  const namesNone = ({ city, region, month }: ScreeningFilters) =>
    unknown(city, options.cities) || unknown(region, options.regions) || unknown(month, options.months)
  return { options, namesNone }
}

/**
 * Upcoming (soonest first) or past (latest first) screenings, filtered by city, region and month: the
 * month on the venue's own calendar (11 pm on 31 March in Los Angeles is March).
 */
export const filteredScreenings = async (locale: SiteLocale, scope: 'upcoming' | 'past', { city, region, month }: ScreeningFilters) => {
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
  return publishedScreenings(list.Screenings?.docs).filter((screening) => !monthFilter || localMonth(screening.startsAt, screening.timeZone) === monthFilter)
}
