import type { H3Event } from 'h3'

export type SiteLocale = 'en' | 'es'

/** The visitor's language, from the `locale` query parameter the composables send. */
export const localeOf = (event: H3Event): SiteLocale => (getQuery(event).locale === 'es' ? 'es' : 'en')
