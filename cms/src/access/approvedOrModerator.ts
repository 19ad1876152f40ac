import type { Access, Where } from 'payload'

import { hasRole, userOf } from './roles'

/**
 * Moderators read every submission; everyone else (visitors, partners, the site) only those approved
 * for the site, as `approved` says: a filter on the query, so nothing else is ever read.
 */
export const approvedOrModerator =
  (approved: Where): Access =>
  ({ req }) =>
    hasRole(userOf(req), 'admin', 'moderator') ? true : approved
