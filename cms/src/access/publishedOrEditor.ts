import type { Access } from 'payload'

import { hasRole, userOf } from './roles'

/** Drafts stay with the content team; everyone else reads what has been published. */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(userOf(req), 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
