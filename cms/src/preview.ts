import type { CollectionConfig } from 'payload'

import { env } from './env'
import { type LinkSettings, signToken, sitePath, verifyToken } from './signedLinks'

/**
 * Draft previews. The admin's Preview button opens the draft on the public site through a signed,
 * short-lived link for that one document; the site sends the link's token back in the
 * `X-Preview-Token` header of its read, and the collection's read access (access/publishedOrEditor.ts)
 * lets that one document be read as a draft when the token is genuine, unexpired and for that
 * collection. Nothing else about drafts becomes readable.
 */
export const previewCollections = ['posts', 'pages', 'screenings'] as const
export type PreviewCollection = (typeof previewCollections)[number]

const previewLifetimeMs = 60 * 60_000

export const signPreviewToken = (collection: PreviewCollection, id: string, now = Date.now(), settings: LinkSettings = env) =>
  signToken('preview', { c: collection, id }, previewLifetimeMs, now, settings)

/** The document a token grants, or null when it is forged, altered, expired or for something else. */
export const verifyPreviewToken = (token: string, collection: PreviewCollection, now = Date.now(), settings: LinkSettings = env): string | null => {
  const claims = verifyToken('preview', token, now, settings)
  return claims?.c === collection ? claims.id : null
}

/** `admin.preview` for a collection: a link to the site's preview page for this document and language. */
export const previewUrl =
  (collection: PreviewCollection, settings: LinkSettings = env): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc, { locale }) => {
    if (!doc?.id) return null
    return sitePath(`/preview/${collection}/${doc.id}?token=${signPreviewToken(collection, String(doc.id), Date.now(), settings)}`, locale, settings)
  }
