/**
 * The widget's data, for embed/screenings.js on partners' pages: readable from any origin, and never
 * with credentials (no Access-Control-Allow-Credentials), so no cookie of the site's is ever involved.
 * Cached like a page (nuxt.config.ts), under its canonical query (utils/canonicalUrl.ts).
 */
export default defineEventHandler((event) => {
  setResponseHeader(event, 'access-control-allow-origin', '*')
  return screeningsWidgetView(event)
})
