import type { H3Event } from 'h3'

export const siteLocales = ['en', 'es'] as const
export type SiteLocale = (typeof siteLocales)[number]

export const isSiteLocale = (value: string): value is SiteLocale => (siteLocales as readonly string[]).includes(value)

/** The visitor's language, from the `locale` query parameter the composables send. */
export const localeOf = (event: H3Event): SiteLocale => (getQuery(event).locale === 'es' ? 'es' : 'en')
