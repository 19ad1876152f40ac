import type { H3Event, H3EventContext } from 'h3'
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'
import Redis from 'ioredis'

/**
 * A request the site makes to itself while rendering a page (Nitro's local fetch, as `useFetch` does
 * on the server) has no socket of its own: it carries the page request's context instead.
 */
const pageRequestContext = (event: H3Event) => (event.node.req as { __unenv__?: Partial<H3EventContext> }).__unenv__

/**
 * The visitor's address. Behind the proxy (`trustProxy`), the last X-Forwarded-For entry: the one the
 * proxy added. Earlier entries come from the visitor, who can write anything there. A page's own data
 * requests count as the visitor who asked for the page (plugins/visitorAddress.ts notes it).
 */
export const clientAddress = (event: H3Event): string => {
  const fromPage = pageRequestContext(event)?.visitorAddress
  if (typeof fromPage === 'string') return fromPage
  const forwarded = siteEnv.NUXT_TRUST_PROXY ? getRequestHeader(event, 'x-forwarded-for') : undefined
  const lastHop = forwarded?.split(',').at(-1)?.trim()
  return lastHop || getRequestIP(event) || 'unknown'
}

type Limiter = RateLimiterMemory | RateLimiterRedis
let redis: Redis | undefined
const limiters = new Map<string, Limiter>()

/** A limiter in memory, or in Redis when copies of the site share one (atomic in both). */
export const limiterFor = (name: string, points: number, duration: number): Limiter => {
  const existing = limiters.get(name)
  if (existing) return existing
  const url = siteEnv.REDIS_URL
  if (url) redis ??= new Redis(url)
  const limiter = redis
    ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `made-in-la:${name}`, points, duration })
    : new RateLimiterMemory({ keyPrefix: name, points, duration })
  limiters.set(name, limiter)
  return limiter
}

/** Takes a point for `key`: resolves with the seconds to wait when it has none left, or 0. */
const secondsToWait = async (limiter: Limiter, key: string): Promise<number> => {
  try {
    await limiter.consume(key)
    return 0
  } catch (rejection) {
    const wait = (rejection as { msBeforeNext?: number }).msBeforeNext
    if (typeof wait !== 'number') throw rejection
    return Math.ceil(wait / 1000)
  }
}

/** Per address and form, a few submissions a minute: resolves with the seconds to wait, or 0. */
export const rateLimited = (event: H3Event, form: string): Promise<number> =>
  secondsToWait(limiterFor('forms-rate', siteEnv.NUXT_FORM_RATE_LIMIT, 60), `${form}:${clientAddress(event)}`)

/**
 * Searches, near-me lookups and draft previews read the CMS afresh for each new value, on the site's
 * own CMS budget: one budget per address across all of them, past which a 429 with Retry-After, before
 * anything reaches the CMS.
 */
export const limitLookups = async (event: H3Event, what: string) => {
  const wait = await secondsToWait(limiterFor('lookups', siteEnv.NUXT_LOOKUP_RATE_LIMIT, 60), clientAddress(event))
  if (!wait) return
  setResponseHeader(event, 'retry-after', wait)
  throw createError({ statusCode: 429, statusMessage: `Too many ${what} from your address; try again in ${wait} seconds.` })
}
