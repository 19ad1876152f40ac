import { env } from './env'

/**
 * What a refused request is told about the limit it met: outside production, with its numbers (the
 * limit and what the request asked for); in production, the limit and the field alone, so the
 * answers do not map the limits for an attacker (issue 12, finding 13). A client's remaining points
 * stay in the RateLimit headers.
 */
export const limitMessage = ({ production, withNumbers }: { production: string; withNumbers: string }) => (env.production ? production : withNumbers)
