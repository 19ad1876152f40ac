import { constants } from 'node:zlib'

import compression from 'compression'

/**
 * Compresses every text response of the site (HTML, JSON, XML, calendars, error pages) for clients
 * that accept it, Brotli or gzip, with the `compression` middleware around the whole app. Static
 * assets are compressed once at build (nitro.compressPublicAssets) and served as they are. The
 * internal request Nuxt makes to render an error page is left alone: Nuxt reads its body as text.
 *
 * Also gives cacheable responses real numbers for shared caches (RFC 5861): Nitro's page cache
 * says `stale-while-revalidate` without one.
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
  const { staleWhileRevalidateSeconds, staleIfErrorSeconds } = useRuntimeConfig().cacheHeaders
  return `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${staleWhileRevalidateSeconds}, stale-if-error=${staleIfErrorSeconds}`
}

export default defineNitroPlugin((nitroApp) => {
  const handler = nitroApp.h3App.handler
  nitroApp.h3App.handler = defineEventHandler((event) => {
    const response = event.node.res
    const setHeader = response.setHeader.bind(response)
    response.setHeader = (name, value) =>
      setHeader(name, name.toLowerCase() === 'cache-control' && typeof value === 'string' ? sharedCacheControl(value) : value)
    return new Promise((resolve, reject) => {
      // Typed for Express; it uses only what Node's request and response have.
      compress(event.node.req as unknown as Parameters<typeof compress>[0], event.node.res as unknown as Parameters<typeof compress>[1], (error?: unknown) =>
        error ? reject(error) : resolve(handler(event)),
      )
    })
  })
})
