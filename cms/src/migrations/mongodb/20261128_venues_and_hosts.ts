import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { linkSavedVenuesAndHosts } from '../20261128_160133_venues_and_hosts'

/** MongoDB's side of the SQLite migration of the same name: the screenings already stored get their saved venue and host. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await linkSavedVenuesAndHosts(payload, req)
}

/** The saved lists stay: the screenings' own venue and host fields were never changed. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
