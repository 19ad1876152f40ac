import { mediaUrl } from '@made-in-la/shared/media'

/**
 * Title, description, canonical URL, Open Graph and Twitter cards for the current page. Every page
 * has a share image with its text alternative: its own, or the site's (Site settings > Share).
 */
export const usePageSeo = (
  meta: () => { title?: string | null; description?: string | null; image?: string | null; imageAlt?: string | null; type?: 'website' | 'article' },
) => {
  const { public: config } = useRuntimeConfig()
  const route = useRoute()
  const { data: shell } = useSiteData('/api/site')
  const absolute = (path?: string | null) => (path ? new URL(path, config.siteUrl).toString() : undefined)
  const shareImage = () => shell.value?.share?.image
  const image = () => meta().image ?? mediaUrl(shareImage()?.sizes?.og?.url ?? shareImage()?.url)
  const imageAlt = () => (meta().image ? meta().imageAlt : shareImage()?.alt) ?? meta().title ?? config.siteName
  useSeoMeta({
    title: () => meta().title ?? undefined,
    description: () => meta().description ?? undefined,
    ogTitle: () => meta().title ?? config.siteName,
    ogDescription: () => meta().description ?? undefined,
    ogType: () => meta().type ?? 'website',
    ogUrl: () => absolute(route.path),
    ogImage: () => absolute(image()),
    ogImageAlt: () => (image() ? imageAlt() : undefined),
    ogSiteName: config.siteName,
    twitterCard: () => (image() ? 'summary_large_image' : 'summary'),
    twitterTitle: () => meta().title ?? config.siteName,
    twitterDescription: () => meta().description ?? undefined,
    twitterImage: () => absolute(image()),
    twitterImageAlt: () => (image() ? imageAlt() : undefined),
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
