/** Upcoming screenings as RSS, with the calendar's filters (`?region=CA`, `?city=Chicago`, `?locale=es`). */
export default defineEventHandler(async (event) => {
  const locale = localeOf(event)
  const screenings = await screeningsFor(event, locale)
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return screeningsFeed(screenings, locale, new URL(event.path, useRuntimeConfig().public.siteUrl).toString())
})
