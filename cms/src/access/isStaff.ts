import type { PayloadRequest } from 'payload'

import { hasRole, userOf } from './roles'

const staff = ['admin', 'editor', 'moderator'] as const

/** Staff sign in to the admin; the site's service account does not. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(userOf(req), ...staff)

/** Moderation fields (status, featured, internal notes): staff read and write them. */
export const isStaffField = isStaff
