import { publishedScreenings } from '@made-in-la/shared/published'

/** Every published screening as one calendar to subscribe to. */
export default defineEventHandler(async (event) => {
  const { Screenings } = await fetchScreeningList({ locale: localeOf(event), sort: 'startsAt', limit: 100 })
  setResponseHeader(event, 'content-type', 'text/calendar; charset=utf-8')
  setResponseHeader(event, 'content-disposition', 'inline; filename="made-in-la-screenings.ics"')
  return screeningsCalendar(publishedScreenings(Screenings?.docs), useRuntimeConfig().public.siteUrl)
})
