import { createHash } from 'node:crypto'

import type { H3Event } from 'h3'
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'
import Redis from 'ioredis'

/** The visitor's address; X-Forwarded-For only when a trusted proxy sits in front of the site. */
export const clientAddress = (event: H3Event) =>
  getRequestIP(event, { xForwardedFor: Boolean(useRuntimeConfig().trustProxy) }) ?? 'unknown'

let limiter: RateLimiterMemory | RateLimiterRedis | undefined

/** Per address and form, a few submissions a minute (shared between copies of the site via Redis). */
const formLimiter = () => {
  if (limiter) return limiter
  const points = Number(useRuntimeConfig().formRateLimit)
  const url = process.env.REDIS_URL
  limiter = url
    ? new RateLimiterRedis({ storeClient: new Redis(url), keyPrefix: 'made-in-la:forms-rate', points, duration: 60 })
    : new RateLimiterMemory({ points, duration: 60 })
  return limiter
}

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

/** True when the same submission arrived in the last ten minutes (double clicks, resubmitted forms). */
export const seenRecently = async (form: string, data: Record<string, unknown>) => {
  const key = `recent:${createHash('sha256').update(form + JSON.stringify(data)).digest('hex')}`
  const storage = useStorage('forms')
  const seenAt = await storage.getItem<number>(key)
  if (seenAt && Date.now() - seenAt < 10 * 60_000) return true
  await storage.setItem(key, Date.now())
  return false
}

/** Bots fill the hidden field, or submit faster than a person can type. */
export const looksAutomated = (body: Record<string, unknown>) => {
  if (typeof body.website === 'string' && body.website.trim() !== '') return true
  const startedAt = Number(body.startedAt)
  return Number.isFinite(startedAt) && startedAt > 0 && Date.now() - startedAt < 2000
}
