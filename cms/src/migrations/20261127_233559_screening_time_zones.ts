import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Screenings keep their zone in Payload's own `startsAt_tz` (and `endsAt_tz`) instead of the free
 * text `timeZone`: the stored instants were right, only the zone moves. Dates without a time of day
 * move from midnight UTC to noon UTC, the same calendar day everywhere. Safe to run twice: each step
 * looks at what is there before changing it.
 */
type Db = MigrateUpArgs['db']

const columnsOf = async (db: Db, table: string) =>
  new Set((await db.all<{ name: string }>(sql.raw(`SELECT name FROM pragma_table_info('${table}')`))).map((row) => row.name))

const screeningTables = [
  { table: 'screenings', prefix: '' },
  { table: '_screenings_v', prefix: 'version_' },
]

const calendarDates = [
  { table: 'host_requests', column: 'preferred_date' },
  { table: 'host_requests', column: 'alternative_date' },
  { table: 'press_items', column: 'published_on' },
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { table, prefix } of screeningTables) {
    const columns = await columnsOf(db, table)
    for (const column of [`${prefix}startsat_tz`, `${prefix}endsat_tz`]) {
      if (!columns.has(column)) await db.run(sql.raw(`ALTER TABLE \`${table}\` ADD \`${column}\` text DEFAULT 'America/Los_Angeles';`))
    }
    if (!columns.has(`${prefix}start_time_confirmed`)) {
      await db.run(sql.raw(`ALTER TABLE \`${table}\` ADD \`${prefix}start_time_confirmed\` integer DEFAULT true;`))
    }
    if (columns.has(`${prefix}time_zone`)) {
      await db.run(
        sql.raw(
          `UPDATE \`${table}\` SET \`${prefix}startsat_tz\` = \`${prefix}time_zone\`, \`${prefix}endsat_tz\` = \`${prefix}time_zone\` WHERE \`${prefix}time_zone\` IS NOT NULL;`,
        ),
      )
      await db.run(sql.raw(`ALTER TABLE \`${table}\` DROP COLUMN \`${prefix}time_zone\`;`))
    }
  }
  for (const { table, column } of calendarDates) {
    await db.run(
      sql.raw(`UPDATE \`${table}\` SET \`${column}\` = substr(\`${column}\`, 1, 10) || 'T12:00:00.000Z' WHERE \`${column}\` IS NOT NULL;`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const { table, prefix } of screeningTables) {
    const columns = await columnsOf(db, table)
    if (!columns.has(`${prefix}time_zone`)) {
      await db.run(sql.raw(`ALTER TABLE \`${table}\` ADD \`${prefix}time_zone\` text DEFAULT 'America/Los_Angeles';`))
    }
    if (columns.has(`${prefix}startsat_tz`)) {
      await db.run(sql.raw(`UPDATE \`${table}\` SET \`${prefix}time_zone\` = \`${prefix}startsat_tz\` WHERE \`${prefix}startsat_tz\` IS NOT NULL;`))
    }
    for (const column of [`${prefix}startsat_tz`, `${prefix}endsat_tz`, `${prefix}start_time_confirmed`]) {
      if (columns.has(column)) await db.run(sql.raw(`ALTER TABLE \`${table}\` DROP COLUMN \`${column}\`;`))
    }
  }
}
