import { createHash } from 'node:crypto'

import type { H3Event } from 'h3'
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'
import Redis from 'ioredis'

/**
 * The visitor's address. Behind the proxy (`trustProxy`), the last X-Forwarded-For entry: the one the
 * proxy added. Earlier entries come from the visitor, who can write anything there.
 */
export const clientAddress = (event: H3Event) => {
  const forwarded = siteEnv.NUXT_TRUST_PROXY ? getRequestHeader(event, 'x-forwarded-for') : undefined
  const lastHop = forwarded?.split(',').at(-1)?.trim()
  return lastHop || getRequestIP(event) || 'unknown'
}

type Limiter = RateLimiterMemory | RateLimiterRedis
let redis: Redis | undefined
const limiters = new Map<string, Limiter>()

/** A limiter in memory, or in Redis when copies of the site share one (atomic in both). */
const limiterFor = (name: string, points: number, duration: number): Limiter => {
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

/** Per address and form, a few submissions a minute. */
const formLimiter = () => limiterFor('forms-rate', siteEnv.NUXT_FORM_RATE_LIMIT, 60)

/** Resolves with the seconds to wait when the address is over its limit, or 0. */
export const rateLimited = async (event: H3Event, form: string): Promise<number> => {
  try {
    await formLimiter().consume(`${form}:${clientAddress(event)}`)
    return 0
  } catch (rejection) {
    const wait = (rejection as { msBeforeNext?: number }).msBeforeNext
    if (typeof wait !== 'number') throw rejection
    return Math.ceil(wait / 1000)
  }
}

/**
 * True when the same submission arrived in the last ten minutes (double clicks, resubmitted forms).
 * One point per submission's fingerprint, taken atomically: of two identical posts arriving together,
 * exactly one gets through.
 */
export const seenRecently = async (form: string, data: Record<string, unknown>) => {
  const fingerprint = createHash('sha256')
    .update(form + JSON.stringify(data))
    .digest('hex')
  try {
    await limiterFor('forms-recent', 1, 10 * 60).consume(fingerprint)
    return false
  } catch (rejection) {
    if (typeof (rejection as { msBeforeNext?: number }).msBeforeNext !== 'number') throw rejection
    return true
  }
}

/** Bots fill the hidden field, or submit faster than a person can type. */
export const looksAutomated = (body: Record<string, unknown>) => {
  if (typeof body.website === 'string' && body.website.trim() !== '') return true
  const startedAt = Number(body.startedAt)
  return Number.isFinite(startedAt) && startedAt > 0 && Date.now() - startedAt < 2000
}
