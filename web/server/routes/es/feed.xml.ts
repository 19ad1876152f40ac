/** The Spanish blog as RSS 2.0: the posts in Spanish, linking to their Spanish pages. */
export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return blogFeed('es')
})
