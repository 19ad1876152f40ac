import {
  type PageDetailFieldsFragment,
  PressItemsDocument,
  ScreeningBySlugDocument,
  ScreeningListDocument,
  SitemapEntriesDocument,
  type ScreeningListQueryVariables,
} from '@made-in-la/shared/graphql'

import type { SiteLocale } from './locale'

/**
 * The CMS reads more than one route makes (each route keeps its own reads beside it), cached by their
 * arguments: the screening list (the list and the calendar feed), one screening (its page and its
 * calendar file), the press items (pages and their previews) and the index of published slugs.
 */
export const fetchScreeningList = cachedCmsQuery('screening-list', (variables: ScreeningListQueryVariables) => cmsQuery(ScreeningListDocument, variables))

export const fetchScreening = cachedCmsQuery('screening', (locale: SiteLocale, slug: string) => cmsQuery(ScreeningBySlugDocument, { locale, slug }))

export const fetchPressItems = cachedCmsQuery('press-items', (locale: SiteLocale, limit: number) => cmsQuery(PressItemsDocument, { locale, limit }))

export const fetchSitemapEntries = cachedCmsQuery('sitemap', () => cmsQuery(SitemapEntriesDocument, {}))

type Listed = 'posts' | 'pages' | 'screenings'

/**
 * Whether a published document may have this slug, from the cached index of published slugs (the
 * sitemap's read): an unknown slug is a 404 without a read of its own. When a list is longer than
 * the index holds, anything may exist and the CMS is asked.
 */
export const mayExist = async (collection: Listed, slug: string) => {
  const { Posts, Pages, Screenings } = await fetchSitemapEntries()
  const list = { posts: Posts, pages: Pages, screenings: Screenings }[collection]
  if (!list || list.totalDocs > list.docs.length) return true
  return list.docs.some((doc) => doc.slug === slug)
}

/** A page as its view shows it, published or previewed: with the press items its coverage block lists. */
export const pageView = async <Page extends PageDetailFieldsFragment>(locale: SiteLocale, page: Page) => {
  const coverage = page.layout?.find((block) => block.__typename === 'PressCoverageBlock')
  const press = coverage ? ((await fetchPressItems(locale, ('limit' in coverage && coverage.limit) || 20)).PressItems?.docs ?? []) : []
  return { page, press }
}
