/** Title, description, canonical URL, Open Graph and Twitter cards for the current page. */
export const usePageSeo = (
  meta: () => { title?: string | null; description?: string | null; image?: string | null; type?: 'website' | 'article' },
) => {
  const { public: config } = useRuntimeConfig()
  const route = useRoute()
  const absolute = (path?: string | null) => (path ? new URL(path, config.siteUrl).toString() : undefined)
  useSeoMeta({
    title: () => meta().title ?? undefined,
    description: () => meta().description ?? undefined,
    ogTitle: () => meta().title ?? config.siteName,
    ogDescription: () => meta().description ?? undefined,
    ogType: () => meta().type ?? 'website',
    ogUrl: () => absolute(route.path),
    ogImage: () => absolute(meta().image),
    ogSiteName: config.siteName,
    twitterCard: () => (meta().image ? 'summary_large_image' : 'summary'),
    twitterTitle: () => meta().title ?? config.siteName,
    twitterDescription: () => meta().description ?? undefined,
    twitterImage: () => absolute(meta().image),
  })
  useHead({ link: [{ rel: 'canonical', href: () => absolute(route.path) }] })
}

/** schema.org data as JSON-LD; "<" is escaped so no string can close the script element. */
export const useJsonLd = (data: () => Record<string, unknown> | Record<string, unknown>[] | null | undefined) => {
  useHead({
    script: [
      {
        type: 'application/ld+json',
        innerHTML: () => (data() ? JSON.stringify(data()).replace(/</g, '\\u003c') : ''),
      },
    ],
  })
}
