import { resourcePlaces } from '@made-in-la/shared/choices'
import { ResourcesForDocument, type Resource_ShowOn_Input } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../utils/locale'

const fetchResources = cachedCmsQuery('resources', (locale: SiteLocale, place: Resource_ShowOn_Input) => cmsQuery(ResourcesForDocument, { locale, place }))

/** The downloads offered on one kind of page (`?place=host|screening|press`), with each file's type and size. */
export default defineEventHandler(async (event) => {
  const place = getQuery(event).place
  if (typeof place !== 'string' || !(resourcePlaces.values as readonly string[]).includes(place)) {
    throw createError({ statusCode: 400, statusMessage: `place must be one of ${resourcePlaces.values.join(', ')}` })
  }
  const { Resources } = await fetchResources(localeOf(event), place as Resource_ShowOn_Input)
  return (Resources?.docs ?? []).flatMap(({ file, ...resource }) =>
    file?.url ? [{ ...resource, file: { url: file.url, type: file.mimeType ?? '', size: file.filesize ?? 0 } }] : [],
  )
})
