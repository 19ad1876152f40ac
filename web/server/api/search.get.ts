import { SiteSearchDocument } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../utils/locale'

const fetchSearch = cachedCmsQuery('search', (locale: SiteLocale, query: string) => cmsQuery(SiteSearchDocument, { locale, query, limit: 30 }))

/** Search results for `?q=` in the visitor's language, through the same cached, limited reads as every page. */
export default defineEventHandler(async (event) => {
  const raw = getQuery(event).q
  const query = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ').slice(0, 200) : ''
  if (!query) return { query, hits: [], total: 0 }
  const { Search } = await fetchSearch(localeOf(event), query.toLowerCase())
  return { query, hits: Search.docs, total: Search.totalDocs }
})
