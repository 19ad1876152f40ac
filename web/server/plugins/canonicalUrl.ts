/**
 * Puts every GET and HEAD on its canonical URL (utils/canonicalUrl.ts) before the router, the page
 * cache or the renderer see it: non-canonical paths are redirected, unused parameters dropped from
 * the URL everything downstream reads (and so from the page cache's key), malformed values a 404.
 * Wraps the app's handler, because the router and cache take the URL before any middleware runs.
 */
export default defineNitroPlugin((nitroApp) => {
  const handler = nitroApp.h3App.handler
  nitroApp.h3App.handler = defineEventHandler((event) => {
    const url = event.node.req.url ?? '/'
    const verdict = event.method === 'GET' || event.method === 'HEAD' ? canonicalUrl(url) : null
    if (verdict && 'redirect' in verdict) return sendRedirect(event, verdict.redirect, 301)
    if (verdict && 'notFound' in verdict) {
      throw createError({ statusCode: 404, statusMessage: `Page not found: no such ${verdict.notFound}` })
    }
    if (verdict && 'rewrite' in verdict) {
      event.node.req.url = verdict.rewrite
      event.node.req.originalUrl = verdict.rewrite
    }
    return handler(event)
  })
})
