import type { Access, PayloadRequest } from 'payload'

import { hasRole, userOf } from './roles'

/** Moderators work the submissions visitors send: requests, pledges, comments, messages. */
export const isModerator: Access = ({ req }) => hasRole(userOf(req), 'admin', 'moderator')

/** Fields only moderators read (a commenter's address). */
export const isModeratorField = ({ req }: { req: PayloadRequest }): boolean => hasRole(userOf(req), 'admin', 'moderator')
