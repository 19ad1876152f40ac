import { createHash, timingSafeEqual } from 'node:crypto'

// Compared as digests: equal lengths whatever was sent (a multibyte header is not a 500).
const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Called by the CMS after a publish: drops the cached pages and CMS reads, so the next visit
 * renders the edit. Requires the shared secret; the cache survives anything else.
 */
export default defineEventHandler(async (event) => {
  const { revalidateSecret } = useRuntimeConfig()
  const given = (getHeader(event, 'authorization') ?? '').replace(/^Bearer /, '')
  const valid = Boolean(revalidateSecret) && timingSafeEqual(digest(given), digest(revalidateSecret))
  if (!valid) throw createError({ statusCode: 401, statusMessage: 'A valid revalidation secret is required.' })

  resetCmsCircuit()
  const cache = useStorage('cache')
  // Rendered pages (nitro:routes, nitro:handlers) and CMS reads (cms:); nothing else lives here.
  const keys = (await cache.getKeys()).filter((key) => key.startsWith('nitro:') || key.startsWith('cms:'))
  await Promise.all(keys.map((key) => cache.removeItem(key)))
  return { revalidated: keys.length }
})
