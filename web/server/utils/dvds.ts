import { DvdListDocument } from '@made-in-la/shared/graphql'
import { isPresent, toPublishedDvd } from '@made-in-la/shared/published'

import type { SiteLocale } from './locale'

/** The DVD editions on sale (published), in the team's order. */
export const fetchDvds = cachedCmsQuery('dvds', async (locale: SiteLocale) =>
  ((await cmsQuery(DvdListDocument, { locale })).Dvds?.docs ?? []).map(toPublishedDvd).filter(isPresent),
)
