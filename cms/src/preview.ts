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

/** The Preview button, labelled in words (the icon alone said nothing to a new editor). */
export const previewButton = '@/components/admin/PreviewButton#PreviewButton'

/** `admin.preview` for a collection: a link to the site's preview page for this document and language. */
export const previewUrl =
  (collection: PreviewCollection, settings: LinkSettings = env, now = () => Date.now()): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc, { locale }) => {
    if (!doc?.id) return null
    return sitePath(`/preview/${collection}/${doc.id}?token=${signPreviewToken(collection, String(doc.id), now(), settings)}`, locale, settings)
  }

/**
 * The admin asks for the live preview's address again as the form changes, and reloads the frame
 * whenever it differs: signed as of the start of the minute, it stays the same within one.
 */
const thisMinute = () => Math.floor(Date.now() / 60_000) * 60_000

/** The sizes the team checks a page at, beside the form. */
const breakpoints = [
  { name: 'mobile', label: 'Phone', width: 375, height: 667 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
]

/**
 * Live preview beside the form (posts): the same signed preview page, told with `live=1` to follow
 * the form as the editor types. The page listens only to this admin's origin, and reads each change
 * through the site's server with the link's token, as Preview does (web/server/api/preview/live.post.ts).
 */
export const livePreview = (collections: PreviewCollection[], settings: LinkSettings = env) => ({
  collections: [...collections],
  breakpoints,
  url: ({ data, collectionConfig, locale }: { data: Record<string, unknown>; collectionConfig?: { slug: string }; locale: { code: string } }) => {
    const collection = collections.find((slug) => slug === collectionConfig?.slug)
    if (!collection || !data?.id) return null
    const link = previewUrl(collection, settings, thisMinute)(data as never, { locale: locale.code } as never)
    return link ? `${link}&live=1` : null
  },
})
