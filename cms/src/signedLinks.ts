import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Links the CMS hands out and later accepts back (draft previews, subscription confirmations): a
 * small claim set with an expiry, signed with a key derived from PAYLOAD_SECRET and the link's
 * purpose, so a link made for one purpose never works for another.
 */
type Claims = { id: string; c?: string; exp: number }

const key = (purpose: string) =>
  createHash('sha256').update(`${purpose}:${process.env.PAYLOAD_SECRET || 'development-only-secret-change-me'}`).digest()
const signature = (purpose: string, body: string) => createHmac('sha256', key(purpose)).update(body).digest('base64url')

export const signToken = (purpose: string, claims: Omit<Claims, 'exp'>, lifetimeMs: number, now = Date.now()) => {
  const body = Buffer.from(JSON.stringify({ ...claims, exp: now + lifetimeMs })).toString('base64url')
  return `${body}.${signature(purpose, body)}`
}

/** The claims of a genuine, unexpired token for this purpose; null for anything else. */
export const verifyToken = (purpose: string, token: string, now = Date.now()): Claims | null => {
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined) return null
  const expected = Buffer.from(signature(purpose, body))
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

/** The site's public address, where links open (SITE_PUBLIC_URL; the local demo's by default). */
const siteUrl = () => (process.env.SITE_PUBLIC_URL || 'http://localhost:3000').replace(/\/$/, '')

/** A site path in a language: English at the root, Spanish under /es. */
export const sitePath = (path: string, locale?: string | null) => `${siteUrl()}${locale && locale !== 'en' ? `/${locale}` : ''}${path}`
