/**
 * Formatting shared by the site and anything else that shows content: prices, and dates always in a
 * named zone (the event's, the campaign's, or UTC for calendar dates), never the reader's machine's.
 */
import { localMonth, monthRangeIn, siteTimeZone } from './timeZones'

const intlLocale = (locale: string) => (locale === 'es' ? 'es-US' : 'en-US')

/** "Saturday, December 12, 2026" in the screening's own time zone. */
export const formatEventDate = (iso: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone }).format(new Date(iso))

/** "7:00 PM – 9:30 PM PST", or just the start when there is no end. */
export const formatEventTimes = (startIso: string, endIso: string | null | undefined, timeZone: string, locale: string) => {
  // timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
  const format = new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone })
  const withZone = new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' })
  if (!endIso) return withZone.format(new Date(startIso))
  return `${format.format(new Date(startIso))} – ${withZone.format(new Date(endIso))}`
}

/** "Dec 12, 2026": when a post or comment was published, on the campaign's calendar. */
export const formatShortDate = (iso: string, locale: string, timeZone = siteTimeZone) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone }).format(new Date(iso))

/** "Jan 15, 2027" for a date without a time of day (kept at noon UTC; see toCalendarDate). */
export const formatCalendarDate = (iso: string, locale: string) => formatShortDate(iso, locale, 'UTC')

/** "$24.95", "MX$150.00". */
export const formatPrice = (amount: number, currency: string, locale: string) =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency }).format(amount)

/** The blog's monthly archive key, "2026-11", on the campaign's calendar. */
export const monthKey = (iso: string) => localMonth(iso, siteTimeZone)

/** "November 2026" for an archive key. */
export const formatMonth = (key: string, locale: string) => {
  const [year = 1970, month = 1] = key.split('-').map(Number)
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)))
}

/** The first and last instant of an archive month on the campaign's calendar, for filtering. */
export const monthRange = (key: string) => monthRangeIn(key, siteTimeZone)
