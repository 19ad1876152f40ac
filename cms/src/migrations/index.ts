import * as migration_20261126_114017_initial from './20261126_114017_initial';
import * as migration_20261126_124924_submission_ids from './20261126_124924_submission_ids';
import * as migration_20261126_131329_host_request_screening from './20261126_131329_host_request_screening';
import * as migration_20261127_233559_screening_time_zones from './20261127_233559_screening_time_zones';
import * as migration_20261128_000924_undelivered_submissions from './20261128_000924_undelivered_submissions';
import * as migration_20261128_030731_media_webp_sizes from './20261128_030731_media_webp_sizes';
import * as migration_20261128_051235_no_sign_in_lock from './20261128_051235_no_sign_in_lock';
import * as migration_20261128_111543_venue_places from './20261128_111543_venue_places';
import * as migration_20261128_115425_redirects from './20261128_115425_redirects';
import * as migration_20261128_120026_screening_kit from './20261128_120026_screening_kit';
import * as migration_20261128_122625_screening_alerts from './20261128_122625_screening_alerts';
import * as migration_20261128_144334_link_documents from './20261128_144334_link_documents';
import * as migration_20261128_154146_optional_translations from './20261128_154146_optional_translations';
import * as migration_20261128_160133_venues_and_hosts from './20261128_160133_venues_and_hosts';
import * as migration_20261128_172602_dvd_drafts from './20261128_172602_dvd_drafts';
import * as migration_20261128_175858_venue_time_zones from './20261128_175858_venue_time_zones';
import * as migration_20261128_205022_saved_venues_in_versions from './20261128_205022_saved_venues_in_versions';
import * as migration_20261128_223238_partners from './20261128_223238_partners';
import * as migration_20261128_234021_partner_sync from './20261128_234021_partner_sync';

export const migrations = [
  {
    up: migration_20261126_114017_initial.up,
    down: migration_20261126_114017_initial.down,
    name: '20261126_114017_initial',
  },
  {
    up: migration_20261126_124924_submission_ids.up,
    down: migration_20261126_124924_submission_ids.down,
    name: '20261126_124924_submission_ids',
  },
  {
    up: migration_20261126_131329_host_request_screening.up,
    down: migration_20261126_131329_host_request_screening.down,
    name: '20261126_131329_host_request_screening',
  },
  {
    up: migration_20261127_233559_screening_time_zones.up,
    down: migration_20261127_233559_screening_time_zones.down,
    name: '20261127_233559_screening_time_zones',
  },
  {
    up: migration_20261128_000924_undelivered_submissions.up,
    down: migration_20261128_000924_undelivered_submissions.down,
    name: '20261128_000924_undelivered_submissions',
  },
  {
    up: migration_20261128_030731_media_webp_sizes.up,
    down: migration_20261128_030731_media_webp_sizes.down,
    name: '20261128_030731_media_webp_sizes',
  },
  {
    up: migration_20261128_051235_no_sign_in_lock.up,
    down: migration_20261128_051235_no_sign_in_lock.down,
    name: '20261128_051235_no_sign_in_lock',
  },
  {
    up: migration_20261128_111543_venue_places.up,
    down: migration_20261128_111543_venue_places.down,
    name: '20261128_111543_venue_places',
  },
  {
    up: migration_20261128_115425_redirects.up,
    down: migration_20261128_115425_redirects.down,
    name: '20261128_115425_redirects',
  },
  {
    up: migration_20261128_120026_screening_kit.up,
    down: migration_20261128_120026_screening_kit.down,
    name: '20261128_120026_screening_kit',
  },
  {
    up: migration_20261128_122625_screening_alerts.up,
    down: migration_20261128_122625_screening_alerts.down,
    name: '20261128_122625_screening_alerts',
  },
  {
    up: migration_20261128_144334_link_documents.up,
    down: migration_20261128_144334_link_documents.down,
    name: '20261128_144334_link_documents',
  },
  {
    up: migration_20261128_154146_optional_translations.up,
    down: migration_20261128_154146_optional_translations.down,
    name: '20261128_154146_optional_translations',
  },
  {
    up: migration_20261128_160133_venues_and_hosts.up,
    down: migration_20261128_160133_venues_and_hosts.down,
    name: '20261128_160133_venues_and_hosts',
  },
  {
    up: migration_20261128_172602_dvd_drafts.up,
    down: migration_20261128_172602_dvd_drafts.down,
    name: '20261128_172602_dvd_drafts',
  },
  {
    up: migration_20261128_175858_venue_time_zones.up,
    down: migration_20261128_175858_venue_time_zones.down,
    name: '20261128_175858_venue_time_zones',
  },
  {
    up: migration_20261128_205022_saved_venues_in_versions.up,
    down: migration_20261128_205022_saved_venues_in_versions.down,
    name: '20261128_205022_saved_venues_in_versions',
  },
  {
    up: migration_20261128_223238_partners.up,
    down: migration_20261128_223238_partners.down,
    name: '20261128_223238_partners',
  },
  {
    up: migration_20261128_234021_partner_sync.up,
    down: migration_20261128_234021_partner_sync.down,
    name: '20261128_234021_partner_sync'
  },
];
