import type { NitroFetchRequest } from 'nitropack'

/**
 * What a page shows, from the site's server route for it (server/api/), in the page's language:
 * `query` adds the route's own parameters (a page number, the filters in the URL).
 */
export const useSiteData = <Path extends NitroFetchRequest>(path: Path, query: () => Record<string, unknown> = () => ({})) => {
  const { locale } = useI18n()
  const params = computed(() => ({ locale: locale.value, ...query() }))
  return useFetch(path, { query: params, key: `${String(path)}?${JSON.stringify(params.value)}` })
}

type DataOf<Path extends NitroFetchRequest> = NonNullable<ReturnType<typeof useSiteData<Path>>['data']['value']>

/** A page, a post, a screening, the home page and the DVD editions as their pages show them (their draft previews give the same shapes). */
export type PageView = DataOf<'/api/pages/:slug'>
export type PostView = DataOf<'/api/posts/:slug'>
export type ScreeningView = DataOf<'/api/screenings/:slug'>
export type HomeView = DataOf<'/api/home'>
export type DvdEdition = DataOf<'/api/dvds'>[number]
export type SiteShell = DataOf<'/api/site'>
