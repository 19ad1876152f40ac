import { MediaByFilenameDocument } from '@made-in-la/shared/graphql'

const fetchMediaSizes = cachedCmsQuery('media-sizes', (filename: string) => cmsQuery(MediaByFilenameDocument, { filename }))

/**
 * Media files from the CMS, served from the site's own origin so the browser never calls the CMS.
 * `?w=` (the widths in CmsImage's srcset) picks the smallest size Payload made that is at least that
 * wide, in WebP when the browser accepts it and Payload made one (`Vary: Accept`).
 *
 * Files only: GET and HEAD, one plain file name (no dot segments, no slashes, however encoded), and
 * nothing of the visitor's request (method, cookies, Authorization) is passed on to the CMS: the
 * site asks for the file itself, with a plain GET.
 */
const fileName = /^[\w-]+(\.[\w-]+)*$/

type Size = { filename?: string | null; width?: number | null } | null | undefined

const fileFor = async (filename: string, width: number, webp: boolean) => {
  const { allMedia } = await fetchMediaSizes(filename)
  const media = allMedia?.docs?.[0]
  if (!media) return filename
  const usable = (sizes: Size[]) =>
    sizes.filter((size): size is { filename: string; width: number } => Boolean(size?.filename && size.width)).sort((a, b) => a.width - b.width)
  const jpeg = usable([media.sizes?.thumbnail, media.sizes?.card, media.sizes?.hero, media])
  const modern = webp ? usable([media.sizes?.thumbnailWebp, media.sizes?.cardWebp, media.sizes?.heroWebp]) : []
  return (modern.find((size) => size.width >= width) ?? jpeg.find((size) => size.width >= width) ?? jpeg.at(-1))?.filename ?? filename
}

export default defineEventHandler(async (event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') {
    setResponseHeader(event, 'allow', 'GET, HEAD')
    throw createError({ statusCode: 405, statusMessage: 'Media files can only be read.' })
  }
  const path = getRouterParam(event, 'path', { decode: true }) ?? ''
  if (!fileName.test(path)) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const width = Number(getQuery(event).w)
  const webp = /image\/webp/.test(getRequestHeader(event, 'accept') ?? '')
  const file = width > 0 ? await fileFor(path, width, webp) : path
  if (width > 0) setResponseHeader(event, 'vary', 'Accept')
  const { NUXT_CMS_URL: cmsUrl, NUXT_CMS_TIMEOUT_MS: cmsTimeoutMs } = siteEnv
  const upstream = await fetch(`${cmsUrl}/api/media/file/${encodeURIComponent(file)}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(Number(cmsTimeoutMs)),
  }).catch(() => null)
  if (!upstream?.ok || !upstream.body) {
    throw createError({ statusCode: upstream?.status === 404 ? 404 : 502, statusMessage: upstream?.status === 404 ? 'Not found' : 'Media unavailable' })
  }
  // The file and what describes it; the CMS's own headers (its policies, cookies) stay behind.
  for (const name of ['content-type', 'content-length', 'etag', 'last-modified']) {
    const value = upstream.headers.get(name)
    if (value) setResponseHeader(event, name, value)
  }
  setResponseHeader(event, 'cache-control', 'public, max-age=86400, stale-while-revalidate=604800')
  return sendStream(event, upstream.body)
})
