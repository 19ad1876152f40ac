/** The English blog as RSS 2.0 (`/es/feed.xml` is the Spanish one). */
export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return blogFeed(localeOf(event))
})
