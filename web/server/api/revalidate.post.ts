import { createHash, timingSafeEqual } from 'node:crypto'

import { changeSchema } from '@made-in-la/shared/revalidation'

// Compared as digests: equal lengths whatever was sent (a multibyte header is not a 500).
const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Called by the CMS after a publish, with what changed: drops the cached pages and CMS reads that show
 * it (utils/revalidation.ts), so the next visit renders the edit. Requires the shared secret; the
 * cache survives anything else.
 */
export default defineEventHandler(async (event) => {
  const revalidateSecret = siteEnv.NUXT_REVALIDATE_SECRET
  const given = (getHeader(event, 'authorization') ?? '').replace(/^Bearer /, '')
  const valid = Boolean(revalidateSecret) && timingSafeEqual(digest(given), digest(revalidateSecret))
  if (!valid) throw createError({ statusCode: 401, statusMessage: 'A valid revalidation secret is required.' })

  const change = changeSchema.safeParse(await readSmallBody(event, 16 * 1024))
  if (!change.success) {
    const field = change.error.issues[0]?.path.join('.') || 'body'
    throw createError({ statusCode: 400, statusMessage: `Invalid revalidation request: ${field} ${change.error.issues[0]?.message ?? ''}`.trim() })
  }
  resetCmsCircuit()
  // An edit to a redirect, or to the slug of what one leads to.
  forgetRedirects()
  return { revalidated: await dropCached(change.data) }
})
