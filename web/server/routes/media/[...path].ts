/** Media files from the CMS, served from the site's own origin so the browser never calls the CMS. */
export default defineEventHandler(async (event) => {
  const path = getRouterParam(event, 'path') ?? ''
  if (!/^[\w.\-]+$/.test(path)) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const { cmsUrl } = useRuntimeConfig()
  setResponseHeader(event, 'cache-control', 'public, max-age=86400, stale-while-revalidate=604800')
  return proxyRequest(event, `${cmsUrl}/api/media/file/${encodeURIComponent(path)}`)
})
