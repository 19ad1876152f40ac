/**
 * For crawlers: everything public may be read, except the data routes behind the pages, previews
 * of drafts and the pages behind subscribers' email links (which also answer noindex); and where
 * the sitemap is.
 */
export default defineEventHandler((event) => {
  const { siteUrl } = useRuntimeConfig().public
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
  return [
    'User-agent: *',
    'Disallow: /api/',
    'Disallow: /preview/',
    'Disallow: /es/preview/',
    'Disallow: /subscription/',
    'Disallow: /search',
    'Disallow: /es/search',
    'Disallow: /es/subscription/',
    '',
    `Sitemap: ${new URL('/sitemap_index.xml', siteUrl)}`,
    '',
  ].join('\n')
})
