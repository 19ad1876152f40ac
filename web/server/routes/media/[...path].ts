import { isPresent } from '#shared/utils/published'

/**
 * Media files from the CMS, served from the site's own origin so the browser never calls the CMS.
 * `?w=` (from @nuxt/image) picks the smallest size Payload made that is at least that wide.
 */
const fileFor = async (filename: string, width: number) => {
  const { allMedia } = await fetchMediaSizes(filename)
  const media = allMedia?.docs?.[0]
  if (!media) return filename
  const candidates = [media.sizes?.thumbnail, media.sizes?.card, media.sizes?.hero, media]
    .filter(isPresent)
    .filter((size): size is { filename: string; width: number } => Boolean(size.filename && size.width))
    .sort((a, b) => a.width - b.width)
  return (candidates.find((size) => size.width >= width) ?? candidates.at(-1))?.filename ?? filename
}

export default defineEventHandler(async (event) => {
  const path = getRouterParam(event, 'path') ?? ''
  if (!/^[\w.\-]+$/.test(path)) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const width = Number(getQuery(event).w)
  const file = width > 0 ? await fileFor(path, width) : path
  const { cmsUrl } = useRuntimeConfig()
  setResponseHeader(event, 'cache-control', 'public, max-age=86400, stale-while-revalidate=604800')
  return proxyRequest(event, `${cmsUrl}/api/media/file/${encodeURIComponent(file)}`)
})
