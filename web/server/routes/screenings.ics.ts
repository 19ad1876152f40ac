/** The published screenings as one calendar to subscribe to: all, or one region's or city's (`?region=CA`, `?city=Chicago`). */
export default defineEventHandler(async (event) => {
  const { screenings } = await screeningsFor(event, localeOf(event))
  setResponseHeader(event, 'content-type', 'text/calendar; charset=utf-8')
  setResponseHeader(event, 'content-disposition', 'inline; filename="made-in-la-screenings.ics"')
  return screeningsCalendar(screenings, useRuntimeConfig().public.siteUrl)
})
