/**
 * Screenings near a place, resolved offline: the gazetteer (GeoNames cities, Census ZIP codes), the
 * coordinates the CMS fills in when an editor leaves them empty, and the GraphQL queries the site
 * and partners use, through the real HTTP API.
 */
import { beforeAll, describe, expect, test } from 'vitest'

import { clearPlace, findPlaces } from '../src/places/places'
import { haversineKm } from './helpers/geo'
import { api, type Auth, graphql, unique } from './helpers/http'
import { sampleData } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'

const partner = { ip: '10.9.0.1' }
let editor: Auth

beforeAll(async () => {
  ;({ editor } = await signInAsEveryRole())
})

const screening = async (venue: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const created = await api('POST', '/api/screenings', {
    auth: editor,
    body: { ...sampleData('screenings'), venue: { name: 'Hall', ...venue }, _status: 'published', ...extra },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc
}

const nearQuery = `query($latitude: Float!, $longitude: Float!, $radiusKm: Float!, $limit: Int) {
  ScreeningsNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, limit: $limit) {
    totalDocs
    docs { distanceKm screening { id slug venue { city latitude longitude } } }
  }
}`

describe('the gazetteer', () => {
  test('a US ZIP code is its Census centroid, named after its town', async () => {
    const [place] = await findPlaces('90012')
    expect(place).toMatchObject({ kind: 'zip', country: 'US', region: 'CA' })
    expect(place!.name).toMatch(/^90012 Los Angeles$/)
    expect(haversineKm(place!, { latitude: 34.0614, longitude: -118.2385 })).toBeLessThan(3)
    expect(await findPlaces('00000')).toEqual([])
  })

  test('an ambiguous city offers its places, most populous first; a qualifier picks one', async () => {
    const springfields = await findPlaces('Springfield', 5)
    expect(springfields.length).toBe(5)
    expect(springfields.every((place) => place.name === 'Springfield')).toBe(true)
    expect(new Set(springfields.map((place) => place.region)).size).toBe(5)
    expect(clearPlace(springfields)).toBeUndefined()
    for (const search of ['Springfield, IL', 'Springfield, Illinois', 'springfield il', 'Springfield, IL, US']) {
      const places = await findPlaces(search)
      expect(
        places.map((place) => `${place.region}/${place.country}`),
        search,
      ).toEqual(['IL/US'])
    }
  })

  test('a clear name is one place, in any script or spelling', async () => {
    expect(clearPlace(await findPlaces('Los Angeles'))).toMatchObject({ country: 'US', region: 'CA' })
    expect(clearPlace(await findPlaces('sao paulo'))).toMatchObject({ name: 'São Paulo', country: 'BR' })
    expect(clearPlace(await findPlaces('Montreal, Canada'))).toMatchObject({ name: 'Montréal', country: 'CA' })
    expect(clearPlace(await findPlaces('Montréal, Canadá'))).toMatchObject({ name: 'Montréal', country: 'CA' })
    expect(clearPlace(await findPlaces('New York'))).toMatchObject({ name: 'New York City', region: 'NY' })
    expect(clearPlace(await findPlaces('Ciudad de México'))).toMatchObject({ name: 'Mexico City', country: 'MX' })
    expect(clearPlace(await findPlaces('Los Ángeles, CA'))).toMatchObject({ name: 'Los Angeles', country: 'US' })
    expect(await findPlaces('Nowhereville, Atlantis')).toEqual([])
  })
})

describe('coordinates without effort', () => {
  test('a screening saved with a city and no coordinates gets its place, and says which', async () => {
    const doc = await screening({ city: 'Springfield', region: 'IL', country: 'US' })
    expect(doc.venue.matchedPlace).toMatch(/^Springfield, IL, US \(GeoNames \d+\)$/)
    expect(haversineKm(doc.venue, { latitude: 39.80172, longitude: -89.64371 })).toBeLessThan(5)
  })

  test('a US ZIP code places the venue closer than its city does', async () => {
    const doc = await screening({ city: 'Los Angeles', postalCode: '90012', country: 'US' })
    expect(doc.venue.matchedPlace).toBe('ZIP 90012 Los Angeles, CA, US')
  })

  test("an editor's coordinates are kept; filled ones follow the address; no match leaves them empty", async () => {
    const typed = await screening({ city: 'Chicago', region: 'IL', country: 'US', latitude: 41.8, longitude: -87.6 })
    expect(typed.venue).toMatchObject({ latitude: 41.8, longitude: -87.6, matchedPlace: null })

    const filled = await screening({ city: 'Chicago', region: 'IL', country: 'US' })
    const moved = await api('PATCH', `/api/screenings/${filled.id}`, { auth: editor, body: { venue: { ...filled.venue, city: 'Milwaukee', region: 'WI' } } })
    expect(moved.body.doc.venue.matchedPlace).toMatch(/^Milwaukee, WI, US/)
    expect(haversineKm(moved.body.doc.venue, { latitude: 43.0389, longitude: -87.90647 })).toBeLessThan(5)

    const corrected = await api('PATCH', `/api/screenings/${filled.id}`, { auth: editor, body: { venue: { ...moved.body.doc.venue, latitude: 43.05 } } })
    expect(corrected.body.doc.venue).toMatchObject({ latitude: 43.05, matchedPlace: null })

    const unknown = await screening({ city: 'Nowhereville', country: 'US' })
    expect(unknown.venue).toMatchObject({ latitude: null, longitude: null, matchedPlace: null })
  })
})

describe('GraphQL: places and screenings near a point', () => {
  test('Places answers what a search may mean', async () => {
    const result = await graphql('{ Places(search: "Springfield", limit: 3) { docs { id kind name region country population } } }', {}, partner)
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Places.docs).toHaveLength(3)
    expect(result.body.data.Places.docs[0]).toMatchObject({ kind: 'city', name: 'Springfield', country: 'US', id: expect.stringMatching(/^city:\d+$/) })
  })

  test('upcoming published screenings within the radius, nearest first, with distances a reference agrees with', async () => {
    const tag = unique('near')
    const lawrence = await screening({ city: 'Lawrence', region: 'KS', country: 'US' }, { title: `Lawrence ${tag}` })
    const topeka = await screening({ city: 'Topeka', region: 'KS', country: 'US' })
    const kansasCity = await screening({ city: 'Kansas City', region: 'MO', country: 'US' })
    const wichita = await screening({ city: 'Wichita', region: 'KS', country: 'US' })
    const draft = await screening({ city: 'Lawrence', region: 'KS', country: 'US' }, { _status: 'draft' })
    const past = await screening(
      { city: 'Lawrence', region: 'KS', country: 'US' },
      { startsAt: '2020-01-10T19:00:00.000Z', endsAt: '2020-01-10T21:00:00.000Z' },
    )

    const [centre] = await findPlaces('66044')
    const result = await graphql(nearQuery, { latitude: centre!.latitude, longitude: centre!.longitude, radiusKm: 100, limit: 100 }, partner)
    expect(result.body.errors).toBeUndefined()
    const docs: { distanceKm: number; screening: { id: string; venue: { latitude: number; longitude: number } } }[] = result.body.data.ScreeningsNear.docs
    const ids = docs.map((doc) => doc.screening.id)
    const mine = [lawrence.id, topeka.id, kansasCity.id]
    expect(ids.filter((id) => [...mine, wichita.id, draft.id, past.id].includes(id))).toEqual(mine)
    for (const doc of docs) expect(Math.abs(doc.distanceKm - haversineKm(centre!, doc.screening.venue))).toBeLessThan(1)
    expect(docs.map((doc) => doc.distanceKm)).toEqual([...docs.map((doc) => doc.distanceKm)].sort((a, b) => a - b))
    expect(result.body.data.ScreeningsNear.totalDocs).toBe(docs.length)
  })

  test('the radius query returns the set the REST API and a reference distance agree on', async () => {
    const centre = { latitude: 34.05223, longitude: -118.24368 }
    const radiusKm = 80
    const now = new Date().toISOString()
    const upcoming: { id: string; venue: { latitude: number | null; longitude: number | null } }[] = []
    for (let page = 1; ; page++) {
      const list = await api('GET', `/api/screenings?where[startsAt][greater_than_equal]=${now}&limit=100&page=${page}&depth=0`, { auth: partner })
      upcoming.push(...list.body.docs)
      if (!list.body.hasNextPage) break
    }
    const expected = upcoming
      .filter((doc) => typeof doc.venue.latitude === 'number' && haversineKm(centre, doc.venue as { latitude: number; longitude: number }) <= radiusKm)
      .map((doc) => doc.id)
      .sort()
    expect(expected.length).toBeGreaterThan(0)
    const result = await graphql(nearQuery, { ...centre, radiusKm, limit: 100 }, partner)
    expect(result.body.data.ScreeningsNear.docs.map((doc: { screening: { id: string } }) => doc.screening.id).sort()).toEqual(expected.slice(0, 100))
  })

  test('a bad argument is refused naming it, and a costly list counts against the cost limit', async () => {
    for (const [variables, name] of [
      [{ latitude: 95, longitude: 0, radiusKm: 10 }, 'latitude'],
      [{ latitude: 0, longitude: -181, radiusKm: 10 }, 'longitude'],
      [{ latitude: 0, longitude: 0, radiusKm: 0 }, 'radiusKm'],
      [{ latitude: 0, longitude: 0, radiusKm: 5000 }, 'radiusKm'],
      [{ latitude: 0, longitude: 0, radiusKm: 10, limit: 500 }, 'limit'],
    ] as const) {
      const result = await graphql(nearQuery, variables, partner)
      expect(result.status).toBeLessThan(500)
      expect(result.body.errors?.[0]?.message, JSON.stringify(variables)).toMatch(new RegExp(`^${name} must be`))
    }
    const aliases = Array.from(
      { length: 12 },
      (_, n) =>
        `a${n}: ScreeningsNear(latitude: 0, longitude: 0, radiusKm: 10, limit: 100) { docs { distanceKm screening { title slug description venue { name city region country } } } }`,
    )
    const costly = await graphql(`{ ${aliases.join('\n')} }`, {}, { ip: '10.9.0.2' })
    expect(costly.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY' } })
  })
})
