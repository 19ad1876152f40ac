import { PageBySlugDocument } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../../utils/locale'

const fetchPage = cachedCmsQuery('page', (locale: SiteLocale, slug: string) => cmsQuery(PageBySlugDocument, { locale, slug }))

/** A page built from blocks; pages with a press coverage block also get the press items. */
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (!(await mayExist('pages', slug))) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  const locale = localeOf(event)
  const { Pages } = await fetchPage(locale, slug)
  const page = Pages?.docs?.[0]
  if (!page) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  return pageView(locale, page)
})
