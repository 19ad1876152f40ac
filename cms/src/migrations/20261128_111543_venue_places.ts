import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`screenings\` ADD \`venue_matched_place\` text;`)
  await db.run(sql`CREATE INDEX \`screenings_venue_venue_latitude_idx\` ON \`screenings\` (\`venue_latitude\`);`)
  await db.run(sql`CREATE INDEX \`screenings_venue_venue_longitude_idx\` ON \`screenings\` (\`venue_longitude\`);`)
  await db.run(sql`ALTER TABLE \`_screenings_v\` ADD \`version_venue_matched_place\` text;`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_venue_version_venue_latitude_idx\` ON \`_screenings_v\` (\`version_venue_latitude\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_venue_version_venue_longitude_idx\` ON \`_screenings_v\` (\`version_venue_longitude\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`screenings_venue_venue_latitude_idx\`;`)
  await db.run(sql`DROP INDEX \`screenings_venue_venue_longitude_idx\`;`)
  await db.run(sql`ALTER TABLE \`screenings\` DROP COLUMN \`venue_matched_place\`;`)
  await db.run(sql`DROP INDEX \`_screenings_v_version_venue_version_venue_latitude_idx\`;`)
  await db.run(sql`DROP INDEX \`_screenings_v_version_venue_version_venue_longitude_idx\`;`)
  await db.run(sql`ALTER TABLE \`_screenings_v\` DROP COLUMN \`version_venue_matched_place\`;`)
}
