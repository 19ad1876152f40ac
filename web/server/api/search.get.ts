import { SiteSearchDocument } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../utils/locale'

const fetchSearch = cachedCmsQuery('search', (locale: SiteLocale, query: string) => cmsQuery(SiteSearchDocument, { locale, query, limit: 30 }))

/**
 * Search results for `?q=` in the visitor's language, through the same cached reads as every page,
 * within the visitor's budget of lookups (utils/rateLimits.ts).
 */
export default defineEventHandler(async (event) => {
  const raw = getQuery(event).q
  const query = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ').slice(0, 200) : ''
  if (!query) return { query, hits: [], total: 0 }
  await limitLookups(event, 'searches')
  const { Search } = await fetchSearch(localeOf(event), query.toLowerCase())
  return { query, hits: Search.docs, total: Search.totalDocs }
})
