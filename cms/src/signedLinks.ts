import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { localePath } from '@made-in-la/shared/redirects'

import { env } from './env'

/**
 * Links the CMS hands out and later accepts back (draft previews, subscription confirmations): a
 * small claim set with an expiry, signed with a key derived from PAYLOAD_SECRET and the link's
 * purpose, so a link made for one purpose never works for another.
 */
type Claims = { id: string; c?: string; exp: number }

/** What links are signed with and where they open: the CMS's settings, or a test's. */
export type LinkSettings = { secret: string; sitePublicUrl: string }

const key = (purpose: string, secret: string) => createHash('sha256').update(`${purpose}:${secret}`).digest()
const signature = (purpose: string, body: string, secret: string) => createHmac('sha256', key(purpose, secret)).update(body).digest('base64url')

export const signToken = (purpose: string, claims: Omit<Claims, 'exp'>, lifetimeMs: number, now = Date.now(), { secret }: LinkSettings = env) => {
  const body = Buffer.from(JSON.stringify({ ...claims, exp: now + lifetimeMs })).toString('base64url')
  return `${body}.${signature(purpose, body, secret)}`
}

/** The claims of a genuine, unexpired token for this purpose; null for anything else. */
export const verifyToken = (purpose: string, token: string, now = Date.now(), { secret }: LinkSettings = env): Claims | null => {
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined) return null
  const expected = Buffer.from(signature(purpose, body, secret))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Claims>
    if (typeof claims.id !== 'string' || typeof claims.exp !== 'number' || claims.exp < now) return null
    return claims as Claims
  } catch {
    return null
  }
}

/** A site path in a language, at the site's public address: English at the root, Spanish under /es. */
export const sitePath = (path: string, locale?: string | null, { sitePublicUrl }: LinkSettings = env) => `${sitePublicUrl}${localePath(path, locale)}`
