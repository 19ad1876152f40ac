/**
 * The latest draft of one document, for the admin's Preview button (utils/preview.ts). Never cached
 * (route rule `/api/preview/**`).
 */
export default defineEventHandler(async (event) => {
  const kind = getRouterParam(event, 'collection')
  const id = getRouterParam(event, 'id') ?? ''
  if (!isPreviewKind(kind)) throw createError({ statusCode: 404, statusMessage: 'Nothing to preview here' })
  const token = checkPreviewLink(getQuery(event).token, kind, id)
  if (!acceptedBefore(token)) await limitLookups(event, 'preview requests')
  return readPreview(kind, id, token, localeOf(event))
})
