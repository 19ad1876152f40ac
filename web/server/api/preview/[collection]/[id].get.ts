/**
 * The latest draft of one document, for the admin's Preview button (utils/preview.ts). Never cached
 * (route rule `/api/preview/**`).
 */
export default defineEventHandler(async (event) => {
  const { token } = getQuery(event)
  const id = getRouterParam(event, 'id') ?? ''
  checkPreviewLink(token, id)
  return readPreview(getRouterParam(event, 'collection'), id, token as string, localeOf(event))
})
