import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Each saved venue without a time zone takes the one its screenings were given (the earliest
 * screening's, when they differ), so picking it sets the right zone from now on. Venues that have
 * one, or no screening to learn it from, are left alone (idempotent).
 */
export const fillVenueTimeZones = async (payload: Payload, req?: PayloadRequest) => {
  // Only the columns this migration knows (see 20261128_160133_venues_and_hosts.ts).
  const { docs: venues } = await payload.find({ collection: 'venues', pagination: false, depth: 0, overrideAccess: true, select: { timeZone: true }, req })
  for (const venue of venues) {
    if (venue.timeZone) continue
    const { docs } = await payload.find({
      collection: 'screenings',
      where: { savedVenue: { equals: venue.id } },
      sort: 'startsAt',
      limit: 1,
      depth: 0,
      select: { startsAt_tz: true },
      overrideAccess: true,
      req,
    })
    const timeZone = docs[0]?.startsAt_tz
    if (timeZone) await payload.db.updateOne({ collection: 'venues', id: venue.id, data: { timeZone }, req })
  }
}

/** Saved venues get a time zone (issue 15): picking one sets the screening's. */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`venues\` ADD \`time_zone\` text;`)
  await fillVenueTimeZones(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`venues\` DROP COLUMN \`time_zone\`;`)
}
