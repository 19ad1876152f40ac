import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited by hand: drizzle-kit copied the new submission_id column from the old tables when it
// rebuilt them; the INSERT ... SELECT statements now copy only columns that existed before.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Foreign keys stay off until every table is rebuilt: dropping a table while they are on deletes
  // the rows that hang off it (its translations and lists), as the generated SQL did here at first.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_categories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_categories\`("id", "generate_slug", "slug", "updated_at", "created_at") SELECT "id", "generate_slug", "slug", "updated_at", "created_at" FROM \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`ALTER TABLE \`__new_categories\` RENAME TO \`categories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_dvds\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`licence\` text DEFAULT 'home' NOT NULL,
  	\`price\` numeric NOT NULL,
  	\`currency\` text DEFAULT 'USD' NOT NULL,
  	\`format\` text DEFAULT 'dvd' NOT NULL,
  	\`region\` text DEFAULT 'All regions (0)',
  	\`running_time_minutes\` numeric DEFAULT 70,
  	\`purchase_url\` text,
  	\`availability\` text DEFAULT 'inStock' NOT NULL,
  	\`image_id\` text(36),
  	\`sort_order\` numeric DEFAULT 10,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_dvds\`("id", "licence", "price", "currency", "format", "region", "running_time_minutes", "purchase_url", "availability", "image_id", "sort_order", "generate_slug", "slug", "updated_at", "created_at") SELECT "id", "licence", "price", "currency", "format", "region", "running_time_minutes", "purchase_url", "availability", "image_id", "sort_order", "generate_slug", "slug", "updated_at", "created_at" FROM \`dvds\`;`)
  await db.run(sql`DROP TABLE \`dvds\`;`)
  await db.run(sql`ALTER TABLE \`__new_dvds\` RENAME TO \`dvds\`;`)
  await db.run(sql`CREATE INDEX \`dvds_image_idx\` ON \`dvds\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dvds_slug_idx\` ON \`dvds\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dvds_updated_at_idx\` ON \`dvds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dvds_created_at_idx\` ON \`dvds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_host_requests\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`region\` text,
  	\`country\` text DEFAULT 'US' NOT NULL,
  	\`preferred_date\` text NOT NULL,
  	\`alternative_date\` text,
  	\`expected_audience\` numeric,
  	\`venue_type\` text,
  	\`licence\` text,
  	\`message\` text,
  	\`status\` text DEFAULT 'new',
  	\`internal_notes\` text,
  	\`submission_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_host_requests\`("id", "name", "email", "organisation", "city", "region", "country", "preferred_date", "alternative_date", "expected_audience", "venue_type", "licence", "message", "status", "internal_notes", "updated_at", "created_at") SELECT "id", "name", "email", "organisation", "city", "region", "country", "preferred_date", "alternative_date", "expected_audience", "venue_type", "licence", "message", "status", "internal_notes", "updated_at", "created_at" FROM \`host_requests\`;`)
  await db.run(sql`DROP TABLE \`host_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_host_requests\` RENAME TO \`host_requests\`;`)
  await db.run(sql`CREATE INDEX \`host_requests_status_idx\` ON \`host_requests\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`host_requests_submission_id_idx\` ON \`host_requests\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`host_requests_updated_at_idx\` ON \`host_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`host_requests_created_at_idx\` ON \`host_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_pledges\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`message\` text,
  	\`consent_to_show\` integer DEFAULT false,
  	\`status\` text DEFAULT 'pending',
  	\`featured\` integer DEFAULT false,
  	\`submission_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pledges\`("id", "name", "city", "message", "consent_to_show", "status", "featured", "updated_at", "created_at") SELECT "id", "name", "city", "message", "consent_to_show", "status", "featured", "updated_at", "created_at" FROM \`pledges\`;`)
  await db.run(sql`DROP TABLE \`pledges\`;`)
  await db.run(sql`ALTER TABLE \`__new_pledges\` RENAME TO \`pledges\`;`)
  await db.run(sql`CREATE INDEX \`pledges_status_idx\` ON \`pledges\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pledges_submission_id_idx\` ON \`pledges\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`pledges_updated_at_idx\` ON \`pledges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pledges_created_at_idx\` ON \`pledges\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`post_id\` text(36) NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending',
  	\`submission_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comments\`("id", "post_id", "name", "email", "body", "status", "updated_at", "created_at") SELECT "id", "post_id", "name", "email", "body", "status", "updated_at", "created_at" FROM \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`CREATE INDEX \`comments_post_idx\` ON \`comments\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_submission_id_idx\` ON \`comments\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_subscribers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`name\` text,
  	\`postcode\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`locale\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'pending',
  	\`confirmed_at\` text,
  	\`submission_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subscribers\`("id", "email", "name", "postcode", "consent", "locale", "status", "confirmed_at", "updated_at", "created_at") SELECT "id", "email", "name", "postcode", "consent", "locale", "status", "confirmed_at", "updated_at", "created_at" FROM \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers\` RENAME TO \`subscribers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_submission_id_idx\` ON \`subscribers\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_contact_messages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'new',
  	\`submission_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contact_messages\`("id", "name", "email", "subject", "message", "status", "updated_at", "created_at") SELECT "id", "name", "email", "subject", "message", "status", "updated_at", "created_at" FROM \`contact_messages\`;`)
  await db.run(sql`DROP TABLE \`contact_messages\`;`)
  await db.run(sql`ALTER TABLE \`__new_contact_messages\` RENAME TO \`contact_messages\`;`)
  await db.run(sql`CREATE INDEX \`contact_messages_status_idx\` ON \`contact_messages\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contact_messages_submission_id_idx\` ON \`contact_messages\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_messages_updated_at_idx\` ON \`contact_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_messages_created_at_idx\` ON \`contact_messages\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Foreign keys stay off until every table is rebuilt: dropping a table while they are on deletes
  // the rows that hang off it (its translations and lists). See test/migrations.test.ts.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_host_requests\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`region\` text,
  	\`country\` text DEFAULT 'US' NOT NULL,
  	\`preferred_date\` text NOT NULL,
  	\`alternative_date\` text,
  	\`expected_audience\` numeric,
  	\`venue_type\` text,
  	\`licence\` text,
  	\`message\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_host_requests\`("id", "name", "email", "organisation", "city", "region", "country", "preferred_date", "alternative_date", "expected_audience", "venue_type", "licence", "message", "status", "internal_notes", "updated_at", "created_at") SELECT "id", "name", "email", "organisation", "city", "region", "country", "preferred_date", "alternative_date", "expected_audience", "venue_type", "licence", "message", "status", "internal_notes", "updated_at", "created_at" FROM \`host_requests\`;`)
  await db.run(sql`DROP TABLE \`host_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_host_requests\` RENAME TO \`host_requests\`;`)
  await db.run(sql`CREATE INDEX \`host_requests_status_idx\` ON \`host_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`host_requests_updated_at_idx\` ON \`host_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`host_requests_created_at_idx\` ON \`host_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_pledges\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`message\` text,
  	\`consent_to_show\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`featured\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pledges\`("id", "name", "city", "message", "consent_to_show", "status", "featured", "updated_at", "created_at") SELECT "id", "name", "city", "message", "consent_to_show", "status", "featured", "updated_at", "created_at" FROM \`pledges\`;`)
  await db.run(sql`DROP TABLE \`pledges\`;`)
  await db.run(sql`ALTER TABLE \`__new_pledges\` RENAME TO \`pledges\`;`)
  await db.run(sql`CREATE INDEX \`pledges_status_idx\` ON \`pledges\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`pledges_updated_at_idx\` ON \`pledges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pledges_created_at_idx\` ON \`pledges\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`post_id\` text(36) NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comments\`("id", "post_id", "name", "email", "body", "status", "updated_at", "created_at") SELECT "id", "post_id", "name", "email", "body", "status", "updated_at", "created_at" FROM \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`CREATE INDEX \`comments_post_idx\` ON \`comments\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_subscribers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`name\` text,
  	\`postcode\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`locale\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`confirmed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subscribers\`("id", "email", "name", "postcode", "consent", "locale", "status", "confirmed_at", "updated_at", "created_at") SELECT "id", "email", "name", "postcode", "consent", "locale", "status", "confirmed_at", "updated_at", "created_at" FROM \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers\` RENAME TO \`subscribers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_contact_messages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contact_messages\`("id", "name", "email", "subject", "message", "status", "updated_at", "created_at") SELECT "id", "name", "email", "subject", "message", "status", "updated_at", "created_at" FROM \`contact_messages\`;`)
  await db.run(sql`DROP TABLE \`contact_messages\`;`)
  await db.run(sql`ALTER TABLE \`__new_contact_messages\` RENAME TO \`contact_messages\`;`)
  await db.run(sql`CREATE INDEX \`contact_messages_status_idx\` ON \`contact_messages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`contact_messages_updated_at_idx\` ON \`contact_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_messages_created_at_idx\` ON \`contact_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_categories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_categories\`("id", "generate_slug", "slug", "updated_at", "created_at") SELECT "id", "generate_slug", "slug", "updated_at", "created_at" FROM \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`ALTER TABLE \`__new_categories\` RENAME TO \`categories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_dvds\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`licence\` text DEFAULT 'home' NOT NULL,
  	\`price\` numeric NOT NULL,
  	\`currency\` text DEFAULT 'USD' NOT NULL,
  	\`format\` text DEFAULT 'dvd' NOT NULL,
  	\`region\` text DEFAULT 'All regions (0)',
  	\`running_time_minutes\` numeric DEFAULT 70,
  	\`purchase_url\` text,
  	\`availability\` text DEFAULT 'inStock' NOT NULL,
  	\`image_id\` text(36),
  	\`sort_order\` numeric DEFAULT 10,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_dvds\`("id", "licence", "price", "currency", "format", "region", "running_time_minutes", "purchase_url", "availability", "image_id", "sort_order", "generate_slug", "slug", "updated_at", "created_at") SELECT "id", "licence", "price", "currency", "format", "region", "running_time_minutes", "purchase_url", "availability", "image_id", "sort_order", "generate_slug", "slug", "updated_at", "created_at" FROM \`dvds\`;`)
  await db.run(sql`DROP TABLE \`dvds\`;`)
  await db.run(sql`ALTER TABLE \`__new_dvds\` RENAME TO \`dvds\`;`)
  await db.run(sql`CREATE INDEX \`dvds_image_idx\` ON \`dvds\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dvds_slug_idx\` ON \`dvds\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dvds_updated_at_idx\` ON \`dvds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dvds_created_at_idx\` ON \`dvds\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
