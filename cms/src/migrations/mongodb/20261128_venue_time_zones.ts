import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { fillVenueTimeZones } from '../20261128_175858_venue_time_zones'

/** MongoDB's side of the SQLite migration of the same name: each saved venue takes its screenings' time zone. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await fillVenueTimeZones(payload, req)
}

/** The zones stay: without the field, Payload ignores them. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
