import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

/**
 * The editions stored before DVDs had drafts were on sale, so each becomes published, with a first
 * version: the admin lists a collection with drafts from its versions, and an edition without one
 * would vanish from the list. Editions that already have a version are left alone (idempotent).
 */
export const publishStoredDvds = async (payload: Payload, req?: PayloadRequest) => {
  const { docs } = await payload.find({ collection: 'dvds', pagination: false, depth: 0, locale: 'all', draft: false, overrideAccess: true, req })
  for (const dvd of docs) {
    const { totalDocs } = await payload.findVersions({ collection: 'dvds', where: { parent: { equals: dvd.id } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (totalDocs > 0) continue
    const published = { ...dvd, _status: 'published' as const }
    await payload.db.updateOne({ collection: 'dvds', id: dvd.id, data: { _status: 'published' }, req })
    await payload.db.createVersion({
      collectionSlug: 'dvds',
      parent: dvd.id,
      versionData: published,
      autosave: false,
      createdAt: dvd.createdAt,
      updatedAt: dvd.updatedAt,
      req,
    })
  }
}

/** DVD editions get drafts, versions and previews (issue 15); the editions already stored stay on sale. */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_dvds_v_version_includes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dvds_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dvds_v_version_includes_order_idx\` ON \`_dvds_v_version_includes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_version_includes_parent_id_idx\` ON \`_dvds_v_version_includes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dvds_v_version_includes_locales\` (
  	\`item\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dvds_v_version_includes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_dvds_v_version_includes_locales_locale_parent_id_unique\` ON \`_dvds_v_version_includes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dvds_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_licence\` text DEFAULT 'home',
  	\`version_price\` numeric,
  	\`version_currency\` text DEFAULT 'USD',
  	\`version_format\` text DEFAULT 'dvd',
  	\`version_region\` text DEFAULT 'All regions (0)',
  	\`version_running_time_minutes\` numeric DEFAULT 70,
  	\`version_purchase_url\` text,
  	\`version_availability\` text DEFAULT 'inStock',
  	\`version_image_id\` text(36),
  	\`version_sort_order\` numeric DEFAULT 10,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dvds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_dvds_v_parent_idx\` ON \`_dvds_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_version_version_image_idx\` ON \`_dvds_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_version_version_slug_idx\` ON \`_dvds_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_version_version_updated_at_idx\` ON \`_dvds_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_version_version_created_at_idx\` ON \`_dvds_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_version_version__status_idx\` ON \`_dvds_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_created_at_idx\` ON \`_dvds_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_updated_at_idx\` ON \`_dvds_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_snapshot_idx\` ON \`_dvds_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_published_locale_idx\` ON \`_dvds_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_dvds_v_latest_idx\` ON \`_dvds_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_dvds_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_order_instructions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dvds_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_dvds_v_locales_locale_parent_id_unique\` ON \`_dvds_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_dvds\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`licence\` text DEFAULT 'home',
  	\`price\` numeric,
  	\`currency\` text DEFAULT 'USD',
  	\`format\` text DEFAULT 'dvd',
  	\`region\` text DEFAULT 'All regions (0)',
  	\`running_time_minutes\` numeric DEFAULT 70,
  	\`purchase_url\` text,
  	\`availability\` text DEFAULT 'inStock',
  	\`image_id\` text(36),
  	\`sort_order\` numeric DEFAULT 10,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_dvds\`("id", "licence", "price", "currency", "format", "region", "running_time_minutes", "purchase_url", "availability", "image_id", "sort_order", "generate_slug", "slug", "updated_at", "created_at", "_status") SELECT "id", "licence", "price", "currency", "format", "region", "running_time_minutes", "purchase_url", "availability", "image_id", "sort_order", "generate_slug", "slug", "updated_at", "created_at", 'published' FROM \`dvds\`;`)
  await db.run(sql`DROP TABLE \`dvds\`;`)
  await db.run(sql`ALTER TABLE \`__new_dvds\` RENAME TO \`dvds\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`dvds_image_idx\` ON \`dvds\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dvds_slug_idx\` ON \`dvds\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dvds_updated_at_idx\` ON \`dvds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dvds_created_at_idx\` ON \`dvds\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dvds__status_idx\` ON \`dvds\` (\`_status\`);`)
  await publishStoredDvds(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_dvds_v_version_includes\`;`)
  await db.run(sql`DROP TABLE \`_dvds_v_version_includes_locales\`;`)
  await db.run(sql`DROP TABLE \`_dvds_v\`;`)
  await db.run(sql`DROP TABLE \`_dvds_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`dvds_image_idx\` ON \`dvds\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dvds_slug_idx\` ON \`dvds\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dvds_updated_at_idx\` ON \`dvds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dvds_created_at_idx\` ON \`dvds\` (\`created_at\`);`)
}
