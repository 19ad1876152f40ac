import type { Access } from 'payload'

import { hasRole, userOf } from './roles'

/** Staff see their own account; admins see every account. */
export const selfOrAdmin: Access = ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, 'admin')) return true
  if (!req.user || !hasRole(user, 'editor', 'moderator')) return false
  return { id: { equals: req.user.id } }
}
