import { DvdListDocument } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../utils/locale'

const fetchDvds = cachedCmsQuery('dvds', (locale: SiteLocale) => cmsQuery(DvdListDocument, { locale }))

export default defineEventHandler(async (event) => {
  const { Dvds } = await fetchDvds(localeOf(event))
  return Dvds?.docs ?? []
})
