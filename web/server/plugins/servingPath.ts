import { constants } from 'node:zlib'

import compression from 'compression'
import type { H3Event } from 'h3'

/**
 * Every request's way in, around the whole app (the router and the page cache read the URL before
 * any middleware runs):
 * - Compression of every text response (HTML, JSON, XML, calendars, error pages), Brotli or gzip.
 *   Static assets are compressed once at build (nitro.compressPublicAssets). The internal request
 *   Nuxt makes to render an error page is left alone: Nuxt reads its body as text.
 * - Cacheable responses get real numbers for shared caches (RFC 5861): Nitro's page cache says
 *   `stale-while-revalidate` without one.
 * - Old addresses an editor redirected answer 301 (utils/redirects.ts).
 * - GET and HEAD on their canonical URL (utils/canonicalUrl.ts): non-canonical paths redirected,
 *   unused parameters dropped from the URL everything downstream reads (and so from the page
 *   cache's key), malformed values a 404.
 * - The canonical URL is carried through the handling, for the page index (utils/pageIndex.ts).
 * - A conditional request is decided by its ETag when it has one (RFC 9110), not by the date.
 * - The request's copy of the runtime config is made from the one Nitro built at start. Nitro would
 *   build it again from the environment on the first `useRuntimeConfig(event)` of each request (and
 *   @nuxtjs/i18n asks on every request, page-cache hits included): that was half the CPU of a hit.
 */
const compress = compression({
  threshold: 1024,
  // Brotli's default (11) is for files compressed once; 4 compresses a page in well under a millisecond.
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  filter: (req, res) => !req.headers['x-nuxt-error'] && compression.filter(req, res),
})

const sharedCacheControl = (value: string) => {
  const maxAge = /s-maxage=(\d+)/.exec(value)?.[1]
  if (!maxAge) return value
  const { NUXT_CACHE_HEADERS_STALE_WHILE_REVALIDATE_SECONDS: staleWhileRevalidate, NUXT_CACHE_HEADERS_STALE_IF_ERROR_SECONDS: staleIfError } = siteEnv
  return `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}, stale-if-error=${staleIfError}`
}

// Paths that are never old addresses: the framework's files, the site's data and media, the map's and the widget's files.
const ownPaths = /^\/(?:_nuxt|__nuxt[\w-]*|_i18n|_map|api|media|embed)\//

/** Undefined to go on with the (possibly rewritten) URL; otherwise the redirect already sent. */
const canonicalise = async (event: H3Event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') return undefined
  const url = event.node.req.url ?? '/'
  // An old address an editor redirected (utils/redirects.ts), before anything else reads the URL.
  const moved = ownPaths.test(url) ? undefined : await redirectTarget(url)
  if (moved) return sendRedirect(event, moved, 301)
  const verdict = canonicalUrl(url)
  if (!verdict) return undefined
  if ('redirect' in verdict) return sendRedirect(event, verdict.redirect, 301)
  if ('notFound' in verdict) throw createError({ statusCode: 404, statusMessage: `Page not found: no such ${verdict.notFound}` })
  if ('rewrite' in verdict) {
    event.node.req.url = verdict.rewrite
    event.node.req.originalUrl = verdict.rewrite
  }
  return undefined
}

export default defineNitroPlugin((nitroApp) => {
  const handler = nitroApp.h3App.handler
  nitroApp.h3App.handler = defineEventHandler((event) => {
    const context = event.context as { nitro?: { errors: unknown[]; runtimeConfig?: unknown } }
    context.nitro ??= { errors: [] }
    context.nitro.runtimeConfig ??= structuredClone(useRuntimeConfig())
    // RFC 9110 (13.2.2): when If-None-Match is sent, If-Modified-Since is ignored. Nitro's page cache
    // answers 304 on either, and Last-Modified counts whole seconds: a page published and rendered
    // again within the second of the browser's copy was answered "not modified", and a reload kept
    // showing the old page. The content's ETag alone decides.
    if (event.node.req.headers['if-none-match']) delete event.node.req.headers['if-modified-since']
    const response = event.node.res
    const setHeader = response.setHeader.bind(response)
    response.setHeader = (name, value) =>
      setHeader(name, name.toLowerCase() === 'cache-control' && typeof value === 'string' ? sharedCacheControl(value) : value)
    return new Promise((resolve, reject) => {
      // Typed for Express; it uses only what Node's request and response have.
      compress(event.node.req as unknown as Parameters<typeof compress>[0], event.node.res as unknown as Parameters<typeof compress>[1], (error?: unknown) => {
        if (error) return reject(error)
        canonicalise(event)
          .then((redirected) => redirected ?? withServingUrl(event.node.req.url ?? '/', () => handler(event)))
          .then(resolve, reject)
      })
    })
  })
})
