import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Titles (and a post's content) are required in English only: a translation may be saved with any
 * subset of fields. And the admin no longer keeps each member's content language between visits
 * (access/guardEveryCollection.ts): the ones kept so far are forgotten.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Foreign keys stay off until every table is rebuilt: dropping a table while they are on deletes
  // the rows that hang off it (its translations and lists), as the generated SQL did here at first.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DELETE FROM \`payload_preferences\` WHERE \`key\` = 'locale';`)
  await db.run(sql`CREATE TABLE \`__new_categories_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_categories_locales\`("title", "description", "id", "_locale", "_parent_id") SELECT "title", "description", "id", "_locale", "_parent_id" FROM \`categories_locales\`;`)
  await db.run(sql`DROP TABLE \`categories_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_categories_locales\` RENAME TO \`categories_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_locales_locale_parent_id_unique\` ON \`categories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_dvds_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`order_instructions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dvds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_dvds_locales\`("title", "summary", "order_instructions", "id", "_locale", "_parent_id") SELECT "title", "summary", "order_instructions", "id", "_locale", "_parent_id" FROM \`dvds_locales\`;`)
  await db.run(sql`DROP TABLE \`dvds_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_dvds_locales\` RENAME TO \`dvds_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`dvds_locales_locale_parent_id_unique\` ON \`dvds_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Foreign keys stay off until every table is rebuilt: dropping a table while they are on deletes
  // the rows that hang off it (its translations and lists). See test/migrations.test.ts.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_categories_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_categories_locales\`("title", "description", "id", "_locale", "_parent_id") SELECT "title", "description", "id", "_locale", "_parent_id" FROM \`categories_locales\`;`)
  await db.run(sql`DROP TABLE \`categories_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_categories_locales\` RENAME TO \`categories_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_locales_locale_parent_id_unique\` ON \`categories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_dvds_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`order_instructions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dvds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_dvds_locales\`("title", "summary", "order_instructions", "id", "_locale", "_parent_id") SELECT "title", "summary", "order_instructions", "id", "_locale", "_parent_id" FROM \`dvds_locales\`;`)
  await db.run(sql`DROP TABLE \`dvds_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_dvds_locales\` RENAME TO \`dvds_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`dvds_locales_locale_parent_id_unique\` ON \`dvds_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
