import type { Access } from 'payload'

import { type PreviewCollection, verifyPreviewToken } from '../preview'
import { hasRole, userOf } from './roles'

const published = { _status: { equals: 'published' } }

/**
 * Drafts stay with the content team; everyone else reads what has been published. A request with a
 * signed preview link's token (the `X-Preview-Token` header) also reads the one document it names,
 * latest draft included; with a token that is not genuine, it reads nothing.
 */
export const publishedOrEditor =
  (collection: PreviewCollection): Access =>
  ({ req }) => {
    if (hasRole(userOf(req), 'admin', 'editor')) return true
    const token = req.headers.get('x-preview-token')
    if (token === null) return published
    // A link that is not genuine, or not for this collection, opens nothing: the site can say so.
    const previewed = verifyPreviewToken(token, collection)
    return previewed ? { or: [published, { id: { equals: previewed } }] } : false
  }
