/**
 * "/2009/06/old-post/", "http://www.madeinla.com/2009/06/old-post" and "2009/06/old-post" are one
 * old address: its path (and query, for "/?p=123" links), without the host or a trailing slash. The
 * CMS stores a redirect's old address this way, and the site looks requests up this way.
 */
export const oldPath = (value: string) => {
  let text = value.trim()
  // A path is the common case (every request the site looks up): no URL to parse, nothing thrown.
  if (!text.startsWith('/')) {
    const url = URL.parse(text)
    text = url ? url.pathname + url.search : `/${text}`
  }
  const at = text.indexOf('?')
  const path = at === -1 ? text : text.slice(0, at)
  const trimmed = path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
  return at === -1 || at === text.length - 1 ? trimmed : `${trimmed}${text.slice(at)}`
}

/** A site path in a language: English at the root, other languages under their code ("/es/blog/..."). */
export const localePath = (path: string, locale?: string | null) => `${locale && locale !== 'en' ? `/${locale}` : ''}${path}`

/** Where a post, page or screening lives on the site. */
export const documentPath = (collection: string, slug: string) =>
  collection === 'posts' ? `/blog/${slug}` : collection === 'screenings' ? `/screenings/${slug}` : `/${slug}`
