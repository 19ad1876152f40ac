import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

// Here rather than in a module of its own: Payload's CLI loads migrations one file at a time. The
// seed and MongoDB's migration of the same name import it from this file.
type Place = {
  name?: string | null
  address?: string | null
  postalCode?: string | null
  city?: string | null
  region?: string | null
  country?: string | null
}
type Stored = {
  id: string
  venue?: Place & { latitude?: number | null; longitude?: number | null }
  host?: { name?: string | null; url?: string | null }
  savedVenue?: unknown
  savedHost?: unknown
}

const keyOf = (...parts: (string | null | undefined)[]) => parts.map((part) => (part ?? '').trim().toLowerCase()).join('|')

/**
 * The saved venues and hosts, made from the screenings already stored: one venue per name, city and
 * country, one host per name, each screening linked to its own. Written to the database directly,
 * past the hooks (no revalidation, no alerts, no new version: nothing a visitor sees changes).
 * Run twice, it changes nothing: linked screenings are skipped and saved entries found again.
 */
export const linkSavedVenuesAndHosts = async (payload: Payload, req?: PayloadRequest) => {
  // Only the columns this migration knows: the config is today's, and a later migration may add
  // columns that do not exist yet when this one runs (a venue's time zone did).
  const { docs } = await payload.find({
    collection: 'screenings',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { venue: true, host: true, savedVenue: true, savedHost: true },
    req,
  })
  const screenings = docs as unknown as Stored[]
  const venues = new Map<string, string>()
  const hosts = new Map<string, string>()
  const selectVenue = { name: true, city: true, country: true } as const
  for (const venue of (await payload.find({ collection: 'venues', pagination: false, depth: 0, overrideAccess: true, select: selectVenue, req })).docs) {
    venues.set(keyOf(venue.name, venue.city, venue.country), venue.id)
  }
  for (const host of (await payload.find({ collection: 'hosts', pagination: false, depth: 0, overrideAccess: true, select: { name: true }, req })).docs) {
    hosts.set(keyOf(host.name), host.id)
  }
  for (const screening of screenings) {
    const data: Record<string, string> = {}
    const venue = screening.venue
    if (!screening.savedVenue && venue?.name && venue.city && venue.country) {
      const key = keyOf(venue.name, venue.city, venue.country)
      if (!venues.has(key)) {
        const { name, address, postalCode, city, region, country, latitude, longitude } = venue
        const created = await payload.create({
          collection: 'venues',
          data: { name, address, postalCode, city, region, country, latitude, longitude },
          overrideAccess: true,
          select: selectVenue,
          req,
        })
        venues.set(key, created.id)
      }
      data.savedVenue = venues.get(key)!
    }
    const host = screening.host
    if (!screening.savedHost && host?.name) {
      const key = keyOf(host.name)
      if (!hosts.has(key))
        hosts.set(key, (await payload.create({ collection: 'hosts', data: { name: host.name, url: host.url }, overrideAccess: true, select: { name: true }, req })).id)
      data.savedHost = hosts.get(key)!
    }
    if (Object.keys(data).length > 0) await payload.db.updateOne({ collection: 'screenings', id: screening.id, data, req })
  }
}

/** Saved venues and hosts (issue 15): their tables, and the screenings already stored linked to them. */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`venues\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`address\` text,
  	\`postal_code\` text,
  	\`city\` text NOT NULL,
  	\`region\` text,
  	\`country\` text DEFAULT 'US' NOT NULL,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`matched_place\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_city_idx\` ON \`venues\` (\`city\`);`)
  await db.run(sql`CREATE INDEX \`venues_region_idx\` ON \`venues\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`venues_latitude_idx\` ON \`venues\` (\`latitude\`);`)
  await db.run(sql`CREATE INDEX \`venues_longitude_idx\` ON \`venues\` (\`longitude\`);`)
  await db.run(sql`CREATE INDEX \`venues_updated_at_idx\` ON \`venues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`venues_created_at_idx\` ON \`venues\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`hosts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`hosts_updated_at_idx\` ON \`hosts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hosts_created_at_idx\` ON \`hosts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`screenings\` ADD \`saved_venue_id\` text(36) REFERENCES venues(id);`)
  await db.run(sql`ALTER TABLE \`screenings\` ADD \`saved_host_id\` text(36) REFERENCES hosts(id);`)
  await db.run(sql`CREATE INDEX \`screenings_saved_venue_idx\` ON \`screenings\` (\`saved_venue_id\`);`)
  await db.run(sql`CREATE INDEX \`screenings_saved_host_idx\` ON \`screenings\` (\`saved_host_id\`);`)
  await db.run(sql`ALTER TABLE \`_screenings_v\` ADD \`version_saved_venue_id\` text(36) REFERENCES venues(id);`)
  await db.run(sql`ALTER TABLE \`_screenings_v\` ADD \`version_saved_host_id\` text(36) REFERENCES hosts(id);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version_saved_venue_idx\` ON \`_screenings_v\` (\`version_saved_venue_id\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version_saved_host_idx\` ON \`_screenings_v\` (\`version_saved_host_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`venues_id\` text(36) REFERENCES venues(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`hosts_id\` text(36) REFERENCES hosts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_venues_id_idx\` ON \`payload_locked_documents_rels\` (\`venues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hosts_id_idx\` ON \`payload_locked_documents_rels\` (\`hosts_id\`);`)
  // The screenings already stored get their saved venue and host (linkSavedVenuesAndHosts above).
  await linkSavedVenuesAndHosts(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Foreign keys stay off until every table is rebuilt: dropping a table while they are on deletes
  // the rows that hang off it (its translations and lists). See test/migrations.test.ts.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`venues\`;`)
  await db.run(sql`DROP TABLE \`hosts\`;`)
  await db.run(sql`CREATE TABLE \`__new_screenings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'America/Los_Angeles',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'America/Los_Angeles',
  	\`start_time_confirmed\` integer DEFAULT true,
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`venue_postal_code\` text,
  	\`venue_city\` text,
  	\`venue_region\` text,
  	\`venue_country\` text DEFAULT 'US',
  	\`venue_latitude\` numeric,
  	\`venue_longitude\` numeric,
  	\`venue_matched_place\` text,
  	\`host_name\` text,
  	\`host_url\` text,
  	\`admission_is_free\` integer DEFAULT true,
  	\`admission_price\` numeric,
  	\`admission_currency\` text DEFAULT 'USD',
  	\`admission_rsvp_url\` text,
  	\`language\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'scheduled',
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`host_request_id\` text(36),
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`host_request_id\`) REFERENCES \`host_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_screenings\`("id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "start_time_confirmed", "venue_name", "venue_address", "venue_postal_code", "venue_city", "venue_region", "venue_country", "venue_latitude", "venue_longitude", "venue_matched_place", "host_name", "host_url", "admission_is_free", "admission_price", "admission_currency", "admission_rsvp_url", "language", "status", "generate_slug", "slug", "host_request_id", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "start_time_confirmed", "venue_name", "venue_address", "venue_postal_code", "venue_city", "venue_region", "venue_country", "venue_latitude", "venue_longitude", "venue_matched_place", "host_name", "host_url", "admission_is_free", "admission_price", "admission_currency", "admission_rsvp_url", "language", "status", "generate_slug", "slug", "host_request_id", "meta_image_id", "updated_at", "created_at", "_status" FROM \`screenings\`;`,
  )
  await db.run(sql`DROP TABLE \`screenings\`;`)
  await db.run(sql`ALTER TABLE \`__new_screenings\` RENAME TO \`screenings\`;`)
  await db.run(sql`CREATE INDEX \`screenings_starts_at_idx\` ON \`screenings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`screenings_venue_venue_city_idx\` ON \`screenings\` (\`venue_city\`);`)
  await db.run(sql`CREATE INDEX \`screenings_venue_venue_region_idx\` ON \`screenings\` (\`venue_region\`);`)
  await db.run(sql`CREATE INDEX \`screenings_venue_venue_latitude_idx\` ON \`screenings\` (\`venue_latitude\`);`)
  await db.run(sql`CREATE INDEX \`screenings_venue_venue_longitude_idx\` ON \`screenings\` (\`venue_longitude\`);`)
  await db.run(sql`CREATE INDEX \`screenings_status_idx\` ON \`screenings\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`screenings_slug_idx\` ON \`screenings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`screenings_host_request_idx\` ON \`screenings\` (\`host_request_id\`);`)
  await db.run(sql`CREATE INDEX \`screenings_meta_meta_image_idx\` ON \`screenings\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`screenings_updated_at_idx\` ON \`screenings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`screenings_created_at_idx\` ON \`screenings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`screenings__status_idx\` ON \`screenings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__screenings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'America/Los_Angeles',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'America/Los_Angeles',
  	\`version_start_time_confirmed\` integer DEFAULT true,
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_venue_postal_code\` text,
  	\`version_venue_city\` text,
  	\`version_venue_region\` text,
  	\`version_venue_country\` text DEFAULT 'US',
  	\`version_venue_latitude\` numeric,
  	\`version_venue_longitude\` numeric,
  	\`version_venue_matched_place\` text,
  	\`version_host_name\` text,
  	\`version_host_url\` text,
  	\`version_admission_is_free\` integer DEFAULT true,
  	\`version_admission_price\` numeric,
  	\`version_admission_currency\` text DEFAULT 'USD',
  	\`version_admission_rsvp_url\` text,
  	\`version_language\` text DEFAULT 'en',
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_host_request_id\` text(36),
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screenings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_host_request_id\`) REFERENCES \`host_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__screenings_v\`("id", "parent_id", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_start_time_confirmed", "version_venue_name", "version_venue_address", "version_venue_postal_code", "version_venue_city", "version_venue_region", "version_venue_country", "version_venue_latitude", "version_venue_longitude", "version_venue_matched_place", "version_host_name", "version_host_url", "version_admission_is_free", "version_admission_price", "version_admission_currency", "version_admission_rsvp_url", "version_language", "version_status", "version_generate_slug", "version_slug", "version_host_request_id", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_start_time_confirmed", "version_venue_name", "version_venue_address", "version_venue_postal_code", "version_venue_city", "version_venue_region", "version_venue_country", "version_venue_latitude", "version_venue_longitude", "version_venue_matched_place", "version_host_name", "version_host_url", "version_admission_is_free", "version_admission_price", "version_admission_currency", "version_admission_rsvp_url", "version_language", "version_status", "version_generate_slug", "version_slug", "version_host_request_id", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_screenings_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_screenings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__screenings_v\` RENAME TO \`_screenings_v\`;`)
  await db.run(sql`CREATE INDEX \`_screenings_v_parent_idx\` ON \`_screenings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version_starts_at_idx\` ON \`_screenings_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_venue_version_venue_city_idx\` ON \`_screenings_v\` (\`version_venue_city\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_venue_version_venue_region_idx\` ON \`_screenings_v\` (\`version_venue_region\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_venue_version_venue_latitude_idx\` ON \`_screenings_v\` (\`version_venue_latitude\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_venue_version_venue_longitude_idx\` ON \`_screenings_v\` (\`version_venue_longitude\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version_status_idx\` ON \`_screenings_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version_slug_idx\` ON \`_screenings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version_host_request_idx\` ON \`_screenings_v\` (\`version_host_request_id\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_meta_version_meta_image_idx\` ON \`_screenings_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version_updated_at_idx\` ON \`_screenings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version_created_at_idx\` ON \`_screenings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_version_version__status_idx\` ON \`_screenings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_created_at_idx\` ON \`_screenings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_updated_at_idx\` ON \`_screenings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_snapshot_idx\` ON \`_screenings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_published_locale_idx\` ON \`_screenings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_screenings_v_latest_idx\` ON \`_screenings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` text(36),
  	\`categories_id\` text(36),
  	\`pages_id\` text(36),
  	\`press_items_id\` text(36),
  	\`media_id\` text(36),
  	\`resources_id\` text(36),
  	\`screenings_id\` text(36),
  	\`dvds_id\` text(36),
  	\`host_requests_id\` text(36),
  	\`pledges_id\` text(36),
  	\`comments_id\` text(36),
  	\`subscribers_id\` text(36),
  	\`screening_alerts_id\` text(36),
  	\`alert_deliveries_id\` text(36),
  	\`contact_messages_id\` text(36),
  	\`undelivered_submissions_id\` text(36),
  	\`users_id\` text(36),
  	\`redirects_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_items_id\`) REFERENCES \`press_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screenings_id\`) REFERENCES \`screenings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dvds_id\`) REFERENCES \`dvds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`host_requests_id\`) REFERENCES \`host_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pledges_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screening_alerts_id\`) REFERENCES \`screening_alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alert_deliveries_id\`) REFERENCES \`alert_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_messages_id\`) REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`undelivered_submissions_id\`) REFERENCES \`undelivered_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "categories_id", "pages_id", "press_items_id", "media_id", "resources_id", "screenings_id", "dvds_id", "host_requests_id", "pledges_id", "comments_id", "subscribers_id", "screening_alerts_id", "alert_deliveries_id", "contact_messages_id", "undelivered_submissions_id", "users_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "posts_id", "categories_id", "pages_id", "press_items_id", "media_id", "resources_id", "screenings_id", "dvds_id", "host_requests_id", "pledges_id", "comments_id", "subscribers_id", "screening_alerts_id", "alert_deliveries_id", "contact_messages_id", "undelivered_submissions_id", "users_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_items_id_idx\` ON \`payload_locked_documents_rels\` (\`press_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screenings_id_idx\` ON \`payload_locked_documents_rels\` (\`screenings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dvds_id_idx\` ON \`payload_locked_documents_rels\` (\`dvds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_host_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`host_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pledges_id_idx\` ON \`payload_locked_documents_rels\` (\`pledges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screening_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`screening_alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_undelivered_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`undelivered_submissions_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
