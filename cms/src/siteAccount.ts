import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { env } from './env'

/** The accounts that a key opens, found by Payload's own key index (an HMAC of the key with the secret). */
export const accountsHoldingKey = async (payload: Payload, key: string, req?: Partial<PayloadRequest>) => {
  const index = createHmac('sha256', payload.secret).update(key).digest('hex')
  const { docs } = await payload.find({
    collection: 'users',
    where: { apiKeyIndex: { equals: index } },
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
    limit: 10,
    req,
  })
  return docs
}

/**
 * Refuses to start when the site's key opens any account but the site's own service account: the
 * site's deliveries would be refused (or made as someone else) while visitors are told "received".
 */
export const checkSiteKeyHolder = async (payload: Payload, key = env.siteApiKey) => {
  if (!key) return
  const others = (await accountsHoldingKey(payload, key)).filter((holder) => !(holder.roles.length === 1 && holder.roles[0] === 'site'))
  if (others.length > 0) {
    throw new Error(
      `SITE_API_KEY also opens the account ${others.map((holder) => holder.email).join(', ')}; give the site a new key (and rotate that account's).`,
    )
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest()

/** True when an Authorization header carries the site's key (compared in constant time); Payload still authenticates it. */
export const isSiteKey = (authorization: string | null | undefined) => {
  const key = env.siteApiKey
  if (!key || !authorization) return false
  return timingSafeEqual(digest(authorization), digest(`users API-Key ${key}`))
}
