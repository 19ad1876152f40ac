import type { Access } from 'payload'

import { type PreviewCollection, type PreviewGlobal, verifyPreviewToken } from '../preview'
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

/**
 * A global everyone reads (the home page), previewed through the same signed links: a request that
 * shows a preview token reads it only when the token is genuine and names it, so the site's preview
 * page, which lays the editor's unsaved form over it, opens for the team's links alone.
 */
export const publicUnlessForgedPreview =
  (global: PreviewGlobal): Access =>
  ({ req }) => {
    const token = req.headers.get('x-preview-token')
    return token === null || verifyPreviewToken(token, global) === global
  }
