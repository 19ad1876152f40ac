import type { Access } from 'payload'

import { hasRole, userOf } from './roles'

/** Submissions are created by the site's service user, or by staff working them in the admin. */
export const isSiteOrModerator: Access = ({ req }) => hasRole(userOf(req), 'site', 'admin', 'moderator')
