import { PreviewPageDocument, PreviewPostDocument, PreviewScreeningDocument } from '@made-in-la/shared/graphql'
import { toPublishedScreening } from '@made-in-la/shared/published'

/**
 * The latest draft of one document, for the admin's Preview button. The CMS checks the signed token
 * (and answers nothing when it is bad or expired); the token names the document, the id in the path
 * is for people reading the address. Never cached (route rule `/api/preview/**`).
 */
export default defineEventHandler(async (event) => {
  const { token } = getQuery(event)
  const locale = localeOf(event)
  const denied = () => createError({ statusCode: 403, statusMessage: 'This preview link is invalid or has expired: open Preview again from the admin.' })
  if (typeof token !== 'string' || token.length === 0 || token.length > 2048) throw denied()

  switch (getRouterParam(event, 'collection')) {
    case 'posts': {
      const { PreviewPost } = await cmsQuery(PreviewPostDocument, { token, locale })
      if (!PreviewPost) throw denied()
      return { kind: 'posts' as const, post: { ...PreviewPost, comments: [] } }
    }
    case 'pages': {
      const { PreviewPage } = await cmsQuery(PreviewPageDocument, { token, locale })
      if (!PreviewPage) throw denied()
      return { kind: 'pages' as const, page: await pageView(locale, PreviewPage) }
    }
    case 'screenings': {
      const { PreviewScreening } = await cmsQuery(PreviewScreeningDocument, { token, locale })
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
