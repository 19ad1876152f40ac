import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { publishStoredDvds } from '../20261128_172602_dvd_drafts'

/** MongoDB's side of the SQLite migration of the same name: the DVD editions already stored become published, each with a first version. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await publishStoredDvds(payload, req)
}

/** Editions keep their status and versions: without drafts, Payload ignores both. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
