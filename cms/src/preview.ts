import type { CollectionConfig, GlobalConfig } from 'payload'

import { env } from './env'
import { type LinkSettings, signToken, sitePath, verifyToken } from './signedLinks'

/**
 * Draft previews. The admin's Preview button opens the draft on the public site through a signed,
 * short-lived link for that one document; the site sends the link's token back in the
 * `X-Preview-Token` header of its read, and the collection's read access (access/publishedOrEditor.ts)
 * lets that one document be read as a draft when the token is genuine, unexpired and for that
 * collection. Nothing else about drafts becomes readable.
 */
export const previewCollections = ['posts', 'pages', 'screenings', 'dvds'] as const
export type PreviewCollection = (typeof previewCollections)[number]
/** Globals previewed the same way: a token for the global names it as its own document. */
export const previewGlobals = ['home-page'] as const
export type PreviewGlobal = (typeof previewGlobals)[number]
type PreviewTarget = PreviewCollection | PreviewGlobal

const previewLifetimeMs = 60 * 60_000

export const signPreviewToken = (collection: PreviewTarget, id: string, now = Date.now(), settings: LinkSettings = env) =>
  signToken('preview', { c: collection, id }, previewLifetimeMs, now, settings)

/** The document a token grants, or null when it is forged, altered, expired or for something else. */
export const verifyPreviewToken = (token: string, collection: PreviewTarget, now = Date.now(), settings: LinkSettings = env): string | null => {
  const claims = verifyToken('preview', token, now, settings)
  return claims?.c === collection ? claims.id : null
}

/** The Preview button, labelled in words (the icon alone said nothing to a new editor). */
export const previewButton = '@/components/admin/PreviewButton#PreviewButton'

/** The site's preview page for one document (a global is its own document) in a language. */
const previewLink = (target: PreviewTarget, id: string, locale: string | undefined, settings: LinkSettings, now: number) =>
  sitePath(`/preview/${target}/${id}?token=${signPreviewToken(target, id, now, settings)}`, locale, settings)

/** `admin.preview` for a collection: a link to the site's preview page for this document and language. */
export const previewUrl =
  (collection: PreviewCollection, settings: LinkSettings = env, now = () => Date.now()): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc, { locale }) =>
    doc?.id ? previewLink(collection, String(doc.id), locale, settings, now()) : null

/** `admin.preview` for a global: the site's page showing it, as stored. */
export const globalPreviewUrl =
  (global: PreviewGlobal, settings: LinkSettings = env, now = () => Date.now()): NonNullable<NonNullable<GlobalConfig['admin']>['preview']> =>
  (_doc, { locale }) =>
    previewLink(global, global, locale, settings, now())

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

type LivePreviewArgs = {
  data: Record<string, unknown>
  collectionConfig?: { slug: string }
  globalConfig?: { slug: string }
  locale: { code: string }
}

/**
 * Live preview beside the form (every previewed collection, and the home page): the same signed
 * preview page, told with `live=1` to follow the form as the editor types. The page listens only to
 * this admin's origin, and reads each change through the site's server with the link's token, as
 * Preview does (web/server/api/preview/live.post.ts).
 */
export const livePreview = (settings: LinkSettings = env) => ({
  collections: [...previewCollections],
  globals: [...previewGlobals],
  breakpoints,
  url: ({ data, collectionConfig, globalConfig, locale }: LivePreviewArgs) => {
    const collection = previewCollections.find((slug) => slug === collectionConfig?.slug)
    const global = previewGlobals.find((slug) => slug === globalConfig?.slug)
    if (global) return `${previewLink(global, global, locale.code, settings, thisMinute())}&live=1`
    if (!collection || !data?.id) return null
    return `${previewLink(collection, String(data.id), locale.code, settings, thisMinute())}&live=1`
  },
})
