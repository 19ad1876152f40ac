import { SiteShellDocument } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../utils/locale'

const fetchSiteShell = cachedCmsQuery('site-shell', (locale: SiteLocale) => cmsQuery(SiteShellDocument, { locale }))

export default defineEventHandler(async (event) => {
  const { SiteSetting } = await fetchSiteShell(localeOf(event))
  return SiteSetting
})
