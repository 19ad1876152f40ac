import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import type { CollectionConfig, GraphQLExtension } from 'payload'

/**
 * Draft previews. The admin's Preview button opens the draft on the public site through a signed,
 * short-lived link for that one document; the site passes the link's token back in a GraphQL query
 * (`PreviewPost`, `PreviewPage`, `PreviewScreening`), which answers the latest draft only when the
 * token is genuine, unexpired and names that document (null otherwise). Nothing else about drafts
 * becomes readable.
 */
export const previewCollections = ['posts', 'pages', 'screenings'] as const
export type PreviewCollection = (typeof previewCollections)[number]

const previewLifetimeMs = 60 * 60_000

// Derived from PAYLOAD_SECRET, so previews need no secret of their own (only the CMS signs and checks).
const key = () => createHash('sha256').update(`preview:${process.env.PAYLOAD_SECRET || 'development-only-secret-change-me'}`).digest()
const signature = (body: string) => createHmac('sha256', key()).update(body).digest('base64url')

export const signPreviewToken = (collection: PreviewCollection, id: string, now = Date.now()) => {
  const body = Buffer.from(JSON.stringify({ c: collection, id, exp: now + previewLifetimeMs })).toString('base64url')
  return `${body}.${signature(body)}`
}

/** The document a token grants, or null when it is forged, altered, expired or for something else. */
export const verifyPreviewToken = (token: string, collection: PreviewCollection, now = Date.now()): string | null => {
  const [body, mac] = token.split('.')
  if (!body || !mac) return null
  const expected = Buffer.from(signature(body))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { c?: string; id?: string; exp?: number }
    if (claims.c !== collection || typeof claims.id !== 'string' || typeof claims.exp !== 'number' || claims.exp < now) return null
    return claims.id
  } catch {
    return null
  }
}

/** The site's public address, where previews open (SITE_PUBLIC_URL; the local demo's by default). */
const siteUrl = () => (process.env.SITE_PUBLIC_URL || 'http://localhost:3000').replace(/\/$/, '')

/** `admin.preview` for a collection: a link to the site's preview page for this document and language. */
export const previewUrl =
  (collection: PreviewCollection): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc, { locale }) => {
    if (!doc?.id) return null
    const prefix = locale && locale !== 'en' ? `/${locale}` : ''
    return `${siteUrl()}${prefix}/preview/${collection}/${doc.id}?token=${signPreviewToken(collection, String(doc.id))}`
  }

const queryNames: Record<PreviewCollection, string> = { posts: 'PreviewPost', pages: 'PreviewPage', screenings: 'PreviewScreening' }

/** One query per previewable collection, returning the collection's own GraphQL type. */
export const previewQueries: GraphQLExtension = (GraphQL, { collections, types }) => {
  const { GraphQLNonNull, GraphQLString } = GraphQL
  return Object.fromEntries(
    previewCollections.map((collection) => [
      queryNames[collection],
      {
        type: collections[collection]!.graphQL!.type,
        args: { token: { type: new GraphQLNonNull(GraphQLString) }, locale: { type: types.localeInputType ?? GraphQLString } },
        resolve: async (_: unknown, args: { token: string; locale?: string }, context: { req: { payload: any } }) => {
          // A bad or expired token reads as nothing, like a document that does not exist.
          const id = verifyPreviewToken(args.token, collection)
          if (!id) return null
          return context.req.payload.findByID({ collection, id, draft: true, locale: args.locale, depth: 0, overrideAccess: true, disableErrors: true })
        },
      },
    ]),
  )
}
