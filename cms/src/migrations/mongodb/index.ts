import * as dvdDrafts from './20261128_dvd_drafts'
import * as forgetContentLanguage from './20261128_forget_content_language'
import * as savedVenuesInVersions from './20261128_saved_venues_in_versions'
import * as screeningTimeZones from './20261127_screening_time_zones'
import * as venuesAndHosts from './20261128_venues_and_hosts'
import * as venueTimeZones from './20261128_venue_time_zones'

/** MongoDB needs no schema migrations, only these data ones; applied at start in production. */
export const mongodbMigrations = [
  { up: screeningTimeZones.up, down: screeningTimeZones.down, name: '20261127_screening_time_zones' },
  { up: forgetContentLanguage.up, down: forgetContentLanguage.down, name: '20261128_forget_content_language' },
  { up: venuesAndHosts.up, down: venuesAndHosts.down, name: '20261128_venues_and_hosts' },
  { up: dvdDrafts.up, down: dvdDrafts.down, name: '20261128_dvd_drafts' },
  { up: venueTimeZones.up, down: venueTimeZones.down, name: '20261128_venue_time_zones' },
  { up: savedVenuesInVersions.up, down: savedVenuesInVersions.down, name: '20261128_saved_venues_in_versions' },
]
