import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The screenings linked to their saved venue and host by `20261128_160133_venues_and_hosts` were
 * linked in the screenings table only. A screening with a draft newer than its published copy opens
 * in the admin on that draft, and its "Saved venue" picker showed empty. Each latest version now takes the link too, when it names the
 * same place (or host) as the screening: a version that names another place was made after the
 * lists existed, and its own choice stays. Run twice, it changes nothing.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`UPDATE _screenings_v SET version_saved_venue_id = (SELECT saved_venue_id FROM screenings s WHERE s.id = _screenings_v.parent_id)
    WHERE latest = 1 AND version_saved_venue_id IS NULL AND EXISTS (
      SELECT 1 FROM screenings s WHERE s.id = _screenings_v.parent_id AND s.saved_venue_id IS NOT NULL
        AND s.venue_name IS _screenings_v.version_venue_name AND s.venue_city IS _screenings_v.version_venue_city
        AND s.venue_country IS _screenings_v.version_venue_country)`)
  await db.run(sql`UPDATE _screenings_v SET version_saved_host_id = (SELECT saved_host_id FROM screenings s WHERE s.id = _screenings_v.parent_id)
    WHERE latest = 1 AND version_saved_host_id IS NULL AND EXISTS (
      SELECT 1 FROM screenings s WHERE s.id = _screenings_v.parent_id AND s.saved_host_id IS NOT NULL
        AND s.host_name IS _screenings_v.version_host_name)`)
}

/** The links stay: the versions' own venue and host fields were never changed. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
