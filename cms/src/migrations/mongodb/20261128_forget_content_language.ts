import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB's side of the SQLite migration `optional_translations`: the admin no longer keeps each
 * member's content language between visits, so the ones kept so far are forgotten. Running it twice
 * changes nothing.
 */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const preferences = payload.db.collections['payload-preferences']!.collection as { deleteMany: (filter: object, options: object) => Promise<unknown> }
  await preferences.deleteMany({ key: 'locale' }, { session })
}

/** Nothing to restore: a forgotten preference is chosen again in the admin. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
