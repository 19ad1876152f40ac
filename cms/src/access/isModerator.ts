import type { Access } from 'payload'

import { hasRole, userOf } from './roles'

/** Moderators work the submissions visitors send: requests, pledges, comments, messages. */
export const isModerator: Access = ({ req }) => hasRole(userOf(req), 'admin', 'moderator')
