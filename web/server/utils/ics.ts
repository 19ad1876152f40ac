import { endOf, venueLine } from '@made-in-la/shared/calendar'
import { createEvents, type EventAttributes } from 'ics'
import type { PublishedScreening } from '@made-in-la/shared/published'

const toIcsEvent = (screening: PublishedScreening, siteUrl: string): EventAttributes => ({
  uid: `screening-${screening.id}@made-in-la`,
  title: screening.title ?? 'Made in L.A. screening',
  start: new Date(screening.startsAt).getTime(),
  startInputType: 'utc',
  startOutputType: 'utc',
  end: new Date(endOf(screening.startsAt, screening.endsAt)).getTime(),
  endInputType: 'utc',
  endOutputType: 'utc',
  description: screening.description ?? undefined,
  location: venueLine(screening.venue),
  url: new URL(`/screenings/${screening.slug}`, siteUrl).toString(),
  status: screening.status === 'cancelled' ? 'CANCELLED' : screening.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
  ...(screening.venue.latitude != null && screening.venue.longitude != null ? { geo: { lat: screening.venue.latitude, lon: screening.venue.longitude } } : {}),
  productId: 'made-in-la/screenings',
  calName: 'Made in L.A. screenings',
})

/** An iCalendar file for one or many screenings, built by the `ics` library. */
export const screeningsCalendar = (screenings: PublishedScreening[], siteUrl: string): string => {
  const { error, value } = createEvents(screenings.map((screening) => toIcsEvent(screening, siteUrl)))
  if (error || !value) throw createError({ statusCode: 500, statusMessage: `Could not build the calendar: ${error?.message}` })
  return value
}
