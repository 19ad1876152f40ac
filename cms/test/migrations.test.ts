/**
 * The SQLite migrations, on a seeded database:
 * - the screening time-zone migration, with the database put back in the old shape (free-text
 *   `time_zone`, dates at midnight UTC): zones move to `startsAt_tz`, instants stay as they were,
 *   calendar dates move to noon, and running it a second time changes nothing;
 * - saved venues and hosts, their time zones, DVD drafts: what they add, and idempotent;
 * - no migration loses the rows that hang off a table it rebuilds (translations, lists).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
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

const migrationsDir = path.resolve(import.meta.dirname, '../src/migrations')

/**
 * SQLite changes a column by rebuilding its table (create `__new_x`, copy, drop `x`, rename). Dropping
 * `x` while foreign keys are on deletes every row that refers to it with ON DELETE CASCADE: its
 * translations (`x_locales`) and its lists. The SQL Payload generates turned them back on between
 * rebuilds, and the home page's calls to action and the footer's links lost their text that way.
 */
test('every table a migration rebuilds is dropped while foreign keys are off', () => {
  const files = readdirSync(migrationsDir).filter((file) => /^\d{8}_\d{6}_.*\.ts$/.test(file))
  expect(files.length).toBeGreaterThan(10)
  const rebuiltWhileOn: string[] = []
  for (const file of files) {
    const source = readFileSync(path.join(migrationsDir, file), 'utf8')
    for (const direction of ['up', 'down']) {
      const body = source.match(new RegExp(`export async function ${direction}\\([^]*?\\n}\\n`))?.[0] ?? ''
      let keysOn = true
      for (const line of body.split('\n')) {
        if (line.includes('PRAGMA foreign_keys=OFF')) keysOn = false
        if (line.includes('PRAGMA foreign_keys=ON')) keysOn = true
        const dropped = line.match(/DROP TABLE \\`(\w+)\\`/)?.[1]
        if (dropped && keysOn && body.includes(`RENAME TO \\\`${dropped}\\\``)) rebuiltWhileOn.push(`${file} ${direction}: ${dropped}`)
      }
    }
  }
  expect(rebuiltWhileOn).toEqual([])
})

test.skipIf(!onSqlite)("rebuilding the link tables keeps the home page's calls to action and the footer's links in both languages", async () => {
  const linkDocuments = await import('../src/migrations/20261128_144334_link_documents')
  const read = async () => ({
    home: (await payload.findGlobal({ slug: 'home-page', locale: 'all', depth: 0, overrideAccess: true })).callsToAction,
    footer: (await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0, overrideAccess: true })).footer?.links,
  })
  const before = await read()
  const texts = JSON.stringify(before)
  expect(texts).toContain('Organiza una proyección')
  expect(before.footer?.length).toBeGreaterThan(0)
  const req = await createLocalReq({}, payload)
  await linkDocuments.down({ db, payload, req } as MigrateDownArgs)
  await linkDocuments.up({ db, payload, req } as MigrateUpArgs)
  expect(await read()).toEqual(before)
})

test.skipIf(!onSqlite)(
  'DVD drafts: the stored editions stay on sale with their translations and lists, each with one version, and running it again changes nothing',
  async () => {
    const dvdDrafts = await import('../src/migrations/20261128_172602_dvd_drafts')
    const read = async () => ({
      editions: (await payload.find({ collection: 'dvds', pagination: false, depth: 0, locale: 'all', overrideAccess: true, sort: 'slug' })).docs,
      versions: (await payload.findVersions({ collection: 'dvds', pagination: false, depth: 0, overrideAccess: true })).docs,
    })
    const seeded = await read()
    expect(seeded.editions.length).toBeGreaterThan(1)
    const req = await createLocalReq({}, payload)
    await dvdDrafts.down({ db, payload, req } as MigrateDownArgs)
    await dvdDrafts.up({ db, payload, req } as MigrateUpArgs)
    const once = await read()
    const { editions } = once
    expect(editions.map(({ id }) => id)).toEqual(seeded.editions.map(({ id }) => id))
    for (const edition of editions) {
      const before = seeded.editions.find(({ id }) => id === edition.id)!
      expect(edition._status).toBe('published')
      expect(edition.title).toEqual(before.title)
      expect((edition.title as unknown as Record<string, string>).es).toBeTruthy()
      expect(edition.includes).toEqual(before.includes)
      expect(once.versions.filter(({ parent }) => parent === edition.id)).toHaveLength(1)
    }
    // Anyone reads them, as before.
    expect((await payload.find({ collection: 'dvds', overrideAccess: false, depth: 0 })).totalDocs).toBe(editions.length)

    await dvdDrafts.publishStoredDvds(payload, req)
    expect(await read()).toEqual(once)
  },
)

test.skipIf(!onSqlite)("saved venues take their screenings' time zone; those that have one keep it, and running it again changes nothing", async () => {
  const { fillVenueTimeZones } = await import('../src/migrations/20261128_175858_venue_time_zones')
  const venues = async () => (await payload.find({ collection: 'venues', pagination: false, depth: 0, overrideAccess: true, sort: 'name' })).docs
  const screenings = (await payload.find({ collection: 'screenings', pagination: false, depth: 0, overrideAccess: true, sort: 'startsAt' })).docs
  const [first, second] = await venues()
  await payload.update({ collection: 'venues', id: first!.id, data: { timeZone: null }, overrideAccess: true })
  await payload.update({ collection: 'venues', id: second!.id, data: { timeZone: 'Pacific/Honolulu' }, overrideAccess: true })
  await fillVenueTimeZones(payload)
  const once = await venues()
  const earliest = screenings.find((screening) => screening.savedVenue === first!.id)
  expect(earliest?.startsAt_tz).toBeTruthy()
  expect(once.find(({ id }) => id === first!.id)?.timeZone).toBe(earliest!.startsAt_tz)
  expect(once.find(({ id }) => id === second!.id)?.timeZone).toBe('Pacific/Honolulu')
  await fillVenueTimeZones(payload)
  expect(await venues()).toEqual(once)
})

test.skipIf(!onSqlite)(
  "saved venues in the admin's copy: each latest version takes its screening's saved venue and host when it names the same place; another place keeps its own; running it again changes nothing",
  async () => {
    const savedVenuesInVersions = await import('../src/migrations/20261128_205022_saved_venues_in_versions')
    const linked = (await payload.find({ collection: 'screenings', pagination: false, depth: 0, overrideAccess: true, sort: 'slug' })).docs.filter(
      (screening) => screening.savedVenue && screening.savedHost,
    )
    expect(linked.length).toBeGreaterThan(1)
    const [same, moved] = linked as [(typeof linked)[number], (typeof linked)[number]]
    const draft = async (id: string) => payload.findByID({ collection: 'screenings', id, draft: true, depth: 0, overrideAccess: true })
    // What the first migration left when a screening had a draft newer than its published copy (the
    // admin edits the draft): linked in the screenings table only.
    const later = new Date(Date.now() + 3_600_000).toISOString()
    await db.run(
      sql`UPDATE _screenings_v SET version_saved_venue_id = NULL, version_saved_host_id = NULL, version__status = 'draft', updated_at = ${later} WHERE latest = 1`,
    )
    expect((await draft(same.id)).savedVenue ?? null).toBeNull()
    // A later draft that names another hall and host (an editor's own choice, made with the lists there).
    await db.run(
      sql`UPDATE _screenings_v SET version_venue_name = 'Another hall', version_host_name = 'Another host' WHERE latest = 1 AND parent_id = ${moved.id}`,
    )
    const req = await createLocalReq({}, payload)
    await savedVenuesInVersions.up({ db, payload, req } as MigrateUpArgs)
    expect(await draft(same.id)).toMatchObject({ savedVenue: same.savedVenue, savedHost: same.savedHost })
    expect(await draft(moved.id)).toMatchObject({ savedVenue: null, savedHost: null })
    const once = await versionRows()
    await savedVenuesInVersions.up({ db, payload, req } as MigrateUpArgs)
    expect(await versionRows()).toEqual(once)
  },
)
