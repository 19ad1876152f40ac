import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`host_requests\` ADD \`create_screening\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`host_requests\` ADD \`screening_id\` text(36) REFERENCES screenings(id);`)
  await db.run(sql`CREATE INDEX \`host_requests_screening_idx\` ON \`host_requests\` (\`screening_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`status\` text DEFAULT 'new',
  	\`internal_notes\` text,
  	\`submission_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_host_requests\`("id", "name", "email", "organisation", "city", "region", "country", "preferred_date", "alternative_date", "expected_audience", "venue_type", "licence", "message", "status", "internal_notes", "submission_id", "updated_at", "created_at") SELECT "id", "name", "email", "organisation", "city", "region", "country", "preferred_date", "alternative_date", "expected_audience", "venue_type", "licence", "message", "status", "internal_notes", "submission_id", "updated_at", "created_at" FROM \`host_requests\`;`)
  await db.run(sql`DROP TABLE \`host_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_host_requests\` RENAME TO \`host_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`host_requests_status_idx\` ON \`host_requests\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`host_requests_submission_id_idx\` ON \`host_requests\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`host_requests_updated_at_idx\` ON \`host_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`host_requests_created_at_idx\` ON \`host_requests\` (\`created_at\`);`)
}
