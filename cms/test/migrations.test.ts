/**
 * The screening time-zone migration, on a seeded database put back in the old shape (free-text
 * `time_zone`, dates at midnight UTC): zones move to `startsAt_tz`, instants stay as they were,
 * calendar dates move to noon, and running it a second time changes nothing.
 */
import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import * as migration from '../src/migrations/20261127_233559_screening_time_zones'
import { bootLocalPayload } from './helpers/localPayload'
import { sampleData } from './helpers/samples'

type Db = MigrateUpArgs['db']
let payload: Payload
let shutdown: () => Promise<void>
let db: Db

const screeningRows = () => db.all<Record<string, string>>(sql`SELECT * FROM screenings ORDER BY id`)
const versionRows = () => db.all<Record<string, string>>(sql`SELECT * FROM _screenings_v ORDER BY id`)
const dates = () => db.all<Record<string, string>>(sql`SELECT preferred_date, alternative_date FROM host_requests ORDER BY id`)

// MongoDB has its own data migration (src/migrations/mongodb); this file checks the SQLite one.
const onSqlite = !process.env.MONGODB_URI

beforeAll(async () => {
  if (!onSqlite) return
  ;({ payload, shutdown } = await bootLocalPayload('migration'))
  const { seed } = await import('../src/seed')
  await seed(payload)
  await payload.create({
    collection: 'host-requests',
    data: { ...sampleData('host-requests'), preferredDate: '2027-01-15', alternativeDate: '2027-02-01' } as never,
    overrideAccess: true,
  })
  db = (payload.db as unknown as { drizzle: Db }).drizzle
})

afterAll(async () => {
  await shutdown?.()
})

test.skipIf(!onSqlite)('moves each zone to startsAt_tz, keeps every instant, and is idempotent', async () => {
  const req = await createLocalReq({}, payload)
  const args = { db, payload, req } as MigrateUpArgs
  const migrated = await screeningRows()
  const migratedVersions = await versionRows()
  expect(new Set(migrated.map((row) => row.startsat_tz)).size).toBeGreaterThanOrEqual(3)

  // Back to the shape an existing installation has: the zone as text, dates at midnight UTC.
  await migration.down(args)
  const old = await screeningRows()
  expect(old[0]).toHaveProperty('time_zone')
  expect(old[0]).not.toHaveProperty('startsat_tz')
  expect(old.map((row) => row.time_zone)).toEqual(migrated.map((row) => row.startsat_tz))
  await db.run(
    sql`UPDATE host_requests SET preferred_date = substr(preferred_date, 1, 10) || 'T00:00:00.000Z', alternative_date = substr(alternative_date, 1, 10) || 'T00:00:00.000Z'`,
  )
  await db.run(sql`UPDATE press_items SET published_on = substr(published_on, 1, 10) || 'T00:00:00.000Z'`)

  await migration.up(args)
  const once = { screenings: await screeningRows(), versions: await versionRows(), dates: await dates() }
  await migration.up(args)
  expect({ screenings: await screeningRows(), versions: await versionRows(), dates: await dates() }).toEqual(once)

  for (const [index, row] of once.screenings.entries()) {
    expect(row).not.toHaveProperty('time_zone')
    expect(row.starts_at).toBe(migrated[index]!.starts_at)
    expect(row.startsat_tz).toBe(migrated[index]!.startsat_tz)
    expect(row.endsat_tz).toBe(migrated[index]!.startsat_tz)
  }
  expect(once.versions.map((row) => row.version_startsat_tz)).toEqual(migratedVersions.map((row) => row.version_startsat_tz))
  expect(once.dates).toContainEqual({ preferred_date: '2027-01-15T12:00:00.000Z', alternative_date: '2027-02-01T12:00:00.000Z' })

  // And Payload reads the result: the zone under both names, the press dates at noon.
  const { docs } = await payload.find({ collection: 'screenings', where: { slug: { equals: 'demo-chicago-library-screening' } } })
  expect(docs[0]).toMatchObject({ startsAt_tz: 'America/Chicago', timeZone: 'America/Chicago' })
  const press = await payload.find({ collection: 'press-items', limit: 100 })
  expect(press.docs.every((item) => item.publishedOn.endsWith('T12:00:00.000Z'))).toBe(true)
})

test.skipIf(!onSqlite)('saved venues and hosts: every seeded screening is linked, one venue per place, and running it again changes nothing', async () => {
  const { linkSavedVenuesAndHosts } = await import('../src/migrations/20261128_160133_venues_and_hosts')
  const read = async () => {
    const screenings = (await payload.find({ collection: 'screenings', pagination: false, depth: 0, overrideAccess: true })).docs
    const venues = (await payload.find({ collection: 'venues', pagination: false, depth: 0, overrideAccess: true })).docs
    const hosts = (await payload.find({ collection: 'hosts', pagination: false, depth: 0, overrideAccess: true })).docs
    return { screenings, venues, hosts }
  }
  // A screening stored before the lists existed, at a place already saved.
  const { screenings: seeded } = await read()
  const twin = await payload.create({
    collection: 'screenings',
    data: { ...seeded[0]!, id: undefined, slug: undefined, savedVenue: null, savedHost: null } as never,
    overrideAccess: true,
  })
  const before = await read()
  expect(before.screenings.find((screening) => screening.id === twin.id)?.savedVenue ?? null).toBeNull()

  await linkSavedVenuesAndHosts(payload)
  const once = await read()
  const places = new Set(once.screenings.map(({ venue }) => `${venue.name}|${venue.city}|${venue.country}`.toLowerCase()))
  expect(once.venues).toHaveLength(places.size)
  for (const screening of once.screenings) {
    const venue = once.venues.find(({ id }) => id === screening.savedVenue)
    expect(venue, screening.title ?? '').toMatchObject({ name: screening.venue.name, city: screening.venue.city, country: screening.venue.country })
    // What partners read is the screening's own venue, unchanged.
    expect(screening.venue).toEqual(before.screenings.find(({ id }) => id === screening.id)!.venue)
  }
  expect(once.screenings.find(({ id }) => id === twin.id)!.savedVenue).toBe(once.screenings.find(({ id }) => id === seeded[0]!.id)!.savedVenue)

  await linkSavedVenuesAndHosts(payload)
  expect(await read()).toEqual(once)
})
