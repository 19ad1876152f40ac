import { publishedScreenings } from '@made-in-la/shared/published'

/** /calendar/<screening-slug>.ics: one screening, to add to any calendar. */
export default defineEventHandler(async (event) => {
  const file = getRouterParam(event, 'file') ?? ''
  const slug = file.slice(0, -'.ics'.length)
  if (!file.endsWith('.ics') || !(await mayExist('screenings', slug))) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const { Screenings } = await fetchScreening(localeOf(event), slug)
  const [screening] = publishedScreenings(Screenings?.docs)
  if (!screening) throw createError({ statusCode: 404, statusMessage: 'Screening not found' })
  setResponseHeader(event, 'content-type', 'text/calendar; charset=utf-8')
  setResponseHeader(event, 'content-disposition', `attachment; filename="${screening.slug}.ics"`)
  return screeningsCalendar([screening], useRuntimeConfig().public.siteUrl)
})
