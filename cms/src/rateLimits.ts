import type { NextFunction, Request, Response } from 'express'
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible'

import { env } from './env'

/**
 * The CMS's rate limits, each per client address and per minute, each set from the environment:
 * - GraphQL by cost: every request is charged the points its query costs (graphql/cost.ts), at
 *   least `minimum`; the site's own reads have a budget of their own.
 * - Sign-in attempts, over REST and GraphQL together; and wrong passwords per address and account,
 *   in 15 minutes, in place of locking accounts.
 * - Public submissions (the site's deliveries are not counted: it limits each visitor itself).
 * Kept in memory: each copy of the CMS counts its own clients.
 */
export type Limit = { name: string; quota: number; limiter: RateLimiterMemory }

/** A limit of `quota` points per `duration` seconds, named in its headers; counted apart under `keyPrefix`. */
export const limit = (name: string, quota: number, { duration = 60, keyPrefix = name } = {}): Limit => ({
  name,
  quota,
  limiter: new RateLimiterMemory({ keyPrefix, points: quota, duration }),
})

const createLimits = () => ({
  graphql: limit('graphql', env.GRAPHQL_POINTS_PER_MINUTE),
  siteGraphql: limit('site-graphql', env.SITE_GRAPHQL_POINTS_PER_MINUTE),
  login: limit('sign-in', env.LOGIN_RATE_LIMIT),
  // Wrong passwords per client address and account, in 15 minutes (collections/Users/hooks/signIn.ts).
  signInFailures: limit('sign-in-failures', env.SIGN_IN_FAILURES_PER_ACCOUNT, { duration: 15 * 60 }),
  submissions: limit('submissions', env.SUBMISSION_RATE_LIMIT),
})

// One set per process: server.ts and Next's compiled route handlers each load this module, and a
// sign-in over GraphQL must count with one over REST.
const shared = globalThis as typeof globalThis & { madeInLaRateLimits?: ReturnType<typeof createLimits> }
export const rateLimits = (shared.madeInLaRateLimits ??= createLimits())

/** A request's cost in GraphQL points is never below this, whatever its query. */
export const minimumGraphqlCost = 10

/** IETF RateLimit headers (draft 8), and Retry-After once refused. */
export const rateLimitHeaders = ({ name, quota }: Limit, state: RateLimiterRes, refused = false): Record<string, string> => {
  const reset = Math.max(1, Math.ceil(state.msBeforeNext / 1000))
  return {
    'ratelimit-policy': `"${name}";q=${quota};w=60`,
    ratelimit: `"${name}";r=${Math.max(0, state.remainingPoints)};t=${reset}`,
    ...(refused ? { 'retry-after': String(reset) } : {}),
  }
}

/** Charges `points` to `key`: the limiter's state, and whether the charge was refused. */
export const charge = async ({ limiter }: Limit, key: string, points = 1): Promise<{ state: RateLimiterRes; refused: boolean }> => {
  try {
    return { state: await limiter.consume(key, points), refused: false }
  } catch (rejection) {
    // A refusal is the limiter's state (not an Error); anything else is a real failure. Checked by
    // shape: Next's bundle of this module has its own copy of the class.
    if (rejection && typeof rejection === 'object' && 'msBeforeNext' in rejection) return { state: rejection as RateLimiterRes, refused: true }
    throw rejection
  }
}

export const tooManyMessage = (what: string) => `Too many ${what} from this address; try again in a minute.`

/** Express middleware: one point per request for each client address, unless `skip` says otherwise. */
export const limitRequests = (limit: Limit, what: string, skip?: (req: Request) => boolean) => async (req: Request, res: Response, next: NextFunction) => {
  if (skip?.(req)) return next()
  const { state, refused } = await charge(limit, req.ip ?? 'unknown')
  res.set(rateLimitHeaders(limit, state, refused))
  if (!refused) return next()
  res.status(429).json({ errors: [{ message: tooManyMessage(what), extensions: { code: 'RATE_LIMITED', statusCode: 429 } }] })
}
