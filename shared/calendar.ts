/** Calendar links for a screening: Google Calendar's template URL, with UTC times and the venue's zone. */
type CalendarEvent = {
  title: string
  startsAt: string
  endsAt?: string | null
  timeZone: string
  description?: string | null
  location?: string | null
  url?: string
}

const utcStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** Screenings without an end time are given two hours, the usual film-plus-discussion length. */
export const endOf = (startsAt: string, endsAt?: string | null) => endsAt ?? new Date(new Date(startsAt).getTime() + 2 * 60 * 60 * 1000).toISOString()

export const googleCalendarUrl = (event: CalendarEvent) => {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${utcStamp(event.startsAt)}/${utcStamp(endOf(event.startsAt, event.endsAt))}`,
    ctz: event.timeZone,
  })
  const details = [event.description, event.url].filter(Boolean).join('\n\n')
  if (details) params.set('details', details)
  if (event.location) params.set('location', event.location)
  return `https://calendar.google.com/calendar/render?${params.toString()}`
}

export const venueLine = (venue: {
  name: string
  address?: string | null
  city: string
  region?: string | null
  postalCode?: string | null
  country: string
}) => [venue.name, venue.address, [venue.city, venue.region].filter(Boolean).join(', '), venue.postalCode, venue.country].filter(Boolean).join(', ')
