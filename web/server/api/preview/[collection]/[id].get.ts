import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { PreviewPageDocument, PreviewPostDocument, PreviewScreeningDocument } from '@made-in-la/shared/graphql'
import { toPublishedScreening } from '@made-in-la/shared/published'

/**
 * The latest draft of one document, for the admin's Preview button: read as the public views read,
 * with the link's signed token in X-Preview-Token. The CMS's read access opens that one document's
 * draft when the token is genuine, unexpired and names it, and nothing otherwise. Never cached (route
 * rule `/api/preview/**`).
 */
export default defineEventHandler(async (event) => {
  const { token } = getQuery(event)
  const id = getRouterParam(event, 'id') ?? ''
  const locale = localeOf(event)
  const denied = () => createError({ statusCode: 403, statusMessage: 'This preview link is invalid or has expired: open Preview again from the admin.' })
  if (typeof token !== 'string' || token.length === 0 || token.length > 2048 || !/^[\w-]{1,64}$/.test(id)) throw denied()
  // An answer without the document (not found, or not for this link) is a refusal; an outage is not.
  const draft = <Result, Variables extends Record<string, unknown>>(document: TypedDocumentNode<Result, Variables>, variables: Variables) =>
    cmsQuery(document, variables, { 'x-preview-token': token }).catch((error) => {
      if (error instanceof CmsUnavailableError) throw error
      return null
    })

  switch (getRouterParam(event, 'collection')) {
    case 'posts': {
      const post = (await draft(PreviewPostDocument, { id, locale }))?.Post
      if (!post) throw denied()
      return { kind: 'posts' as const, post: { ...post, comments: [] } }
    }
    case 'pages': {
      const page = (await draft(PreviewPageDocument, { id, locale }))?.Page
      if (!page) throw denied()
      return { kind: 'pages' as const, page: await pageView(locale, page) }
    }
    case 'screenings': {
      const PreviewScreening = (await draft(PreviewScreeningDocument, { id, locale }))?.Screening
      if (!PreviewScreening) throw denied()
      const screening = toPublishedScreening(PreviewScreening)
      if (!screening) {
        throw createError({
          statusCode: 422,
          statusMessage: 'This draft cannot be shown yet: give it a title, a date, a time zone and a venue with its city and country.',
        })
      }
      return { kind: 'screenings' as const, screening }
    }
    default:
      throw createError({ statusCode: 404, statusMessage: 'Nothing to preview here' })
  }
})
