import type { CollectionConfig, GraphQLExtension, PayloadRequest } from 'payload'

import { env } from './env'
import { type LinkSettings, signToken, sitePath, verifyToken } from './signedLinks'

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
        resolve: async (_: unknown, args: { token: string; locale?: 'en' | 'es' }, context: { req: PayloadRequest }) => {
          // A bad or expired token reads as nothing, like a document that does not exist.
          const id = verifyPreviewToken(args.token, collection)
          if (!id) return null
          return context.req.payload.findByID({ collection, id, draft: true, locale: args.locale, depth: 0, overrideAccess: true, disableErrors: true })
        },
      },
    ]),
  )
}
