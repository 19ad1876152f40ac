import { publishedScreenings } from '@made-in-la/shared/published'

export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (!(await mayExist('screenings', slug))) throw createError({ statusCode: 404, statusMessage: 'Screening not found' })
  const { Screenings } = await fetchScreening(localeOf(event), slug)
  const [screening] = publishedScreenings(Screenings?.docs)
  if (!screening) throw createError({ statusCode: 404, statusMessage: 'Screening not found' })
  return screening
})
