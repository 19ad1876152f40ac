/** Every published post, page and screening, for @nuxtjs/sitemap (which adds the /es/ alternates). */
export default defineSitemapEventHandler(async () => {
  const { Posts, Pages, Screenings } = await fetchSitemapEntries()
  const entry = (path: string, updatedAt?: string | null) => ({ loc: path, lastmod: updatedAt ?? undefined, _i18nTransform: true })
  return [
    ...(Posts?.docs ?? []).map((post) => entry(`/blog/${post.slug}`, post.updatedAt)),
    ...(Pages?.docs ?? []).filter((page) => page.slug !== 'spread-the-word').map((page) => entry(`/${page.slug}`, page.updatedAt)),
    ...(Screenings?.docs ?? []).map((screening) => entry(`/screenings/${screening.slug}`, screening.updatedAt)),
  ]
})
