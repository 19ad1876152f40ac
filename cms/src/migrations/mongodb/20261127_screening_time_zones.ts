import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB's side of the SQLite migration of the same name: screenings keep their zone in
 * `startsAt_tz`/`endsAt_tz` instead of `timeZone`, and dates without a time of day move to noon UTC.
 * Each update matches only documents still in the old shape, so running it twice changes nothing.
 */
const noonOf = (field: string) => ({
  $dateFromParts: { year: { $year: field }, month: { $month: field }, day: { $dayOfMonth: field }, hour: 12 },
})

const native = (model: { collection: unknown }) =>
  model.collection as { updateMany: (filter: object, update: object[], options: object) => Promise<unknown> }

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const screenings = native(payload.db.collections.screenings)
  const versions = native(payload.db.versions.screenings)
  await screenings.updateMany(
    { timeZone: { $exists: true } },
    [{ $set: { startsAt_tz: '$timeZone', endsAt_tz: '$timeZone', startTimeConfirmed: true } }, { $unset: 'timeZone' }],
    { session },
  )
  await versions.updateMany(
    { 'version.timeZone': { $exists: true } },
    [
      { $set: { 'version.startsAt_tz': '$version.timeZone', 'version.endsAt_tz': '$version.timeZone', 'version.startTimeConfirmed': true } },
      { $unset: 'version.timeZone' },
    ],
    { session },
  )
  for (const [collection, field] of [
    ['host-requests', 'preferredDate'],
    ['host-requests', 'alternativeDate'],
    ['press-items', 'publishedOn'],
  ] as const) {
    await native(payload.db.collections[collection]).updateMany(
      { [field]: { $type: 'date' }, $expr: { $ne: [{ $hour: `$${field}` }, 12] } },
      [{ $set: { [field]: noonOf(`$${field}`) } }],
      { session },
    )
  }
}

/** Back to the free-text zone; calendar dates stay at noon, which the old schema read as the same day. */
export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  await native(payload.db.collections.screenings).updateMany(
    { startsAt_tz: { $exists: true } },
    [{ $set: { timeZone: '$startsAt_tz' } }, { $unset: ['startsAt_tz', 'endsAt_tz', 'startTimeConfirmed'] }],
    { session },
  )
  await native(payload.db.versions.screenings).updateMany(
    { 'version.startsAt_tz': { $exists: true } },
    [
      { $set: { 'version.timeZone': '$version.startsAt_tz' } },
      { $unset: ['version.startsAt_tz', 'version.endsAt_tz', 'version.startTimeConfirmed'] },
    ],
    { session },
  )
}
