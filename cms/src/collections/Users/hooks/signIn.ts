import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import {
  APIError,
  AuthenticationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'

import { charge, rateLimits } from '../../../rateLimits'

const derive = promisify(pbkdf2)

/**
 * Payload's two password hash formats: the current one (prefixed, 600,000 rounds, 32 bytes) and the
 * legacy one (25,000 rounds, 512 bytes) that accounts created before 3.x still carry.
 */
const currentPrefix = 'pbkdf2-sha256-v1:'
const hashParameters = (hash: string) =>
  hash.startsWith(currentPrefix)
    ? { stored: hash.slice(currentPrefix.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

/** A hash no password matches, checked when nobody has the address, so both cases cost the same. */
const decoy = { hash: `${currentPrefix}${'0'.repeat(64)}`, salt: randomBytes(32).toString('hex') }

const passwordMatches = async (password: string, { hash, salt }: { hash: string; salt: string }) => {
  const { stored, iterations, keyLength } = hashParameters(hash)
  const derived = await derive(password, salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(stored, 'hex')
  return derived.length === expected.length && timingSafeEqual(derived, expected)
}

const clientOf = (req: PayloadRequest) => req.headers.get('x-client-address') ?? 'local'

/** The stored hash and salt of the account matching `where` (hidden fields, read from the database). */
const storedPassword = async (req: PayloadRequest, where: Where) => {
  const user = (await req.payload.db.findOne({ collection: 'users', req, where })) as { hash?: unknown; salt?: unknown } | null
  return typeof user?.hash === 'string' && typeof user.salt === 'string' ? { hash: user.hash, salt: user.salt } : null
}

/**
 * Every sign-in, over REST or GraphQL, is checked here before Payload's own: wrong passwords are
 * throttled per client address and account (`SIGN_IN_FAILURES_PER_ACCOUNT` in 15 minutes) instead of
 * locking the account, so nobody can lock the team out and the right password from another client
 * still works. An unknown address and a wrong password get the same answer after the same work (one
 * lookup, one password hash), so failures say nothing about who has an account.
 */
export const checkSignIn: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) return args
  const key = `${clientOf(req)} ${email.trim().toLowerCase()}`

  const failures = await rateLimits.signInFailures.limiter.get(key)
  if (failures && failures.consumedPoints >= rateLimits.signInFailures.quota) {
    const minutes = Math.ceil(failures.msBeforeNext / 60_000)
    throw new APIError(`Too many failed sign-ins for this account from this address; try again in ${minutes} minutes.`, 429, undefined, true)
  }

  const stored = (await storedPassword(req, { email: { equals: email.trim().toLowerCase() } })) ?? decoy
  if (await passwordMatches(password, stored).catch(() => false)) {
    if (stored !== decoy) {
      await rateLimits.signInFailures.limiter.delete(key)
      return args
    }
  }
  await charge(rateLimits.signInFailures, key)
  throw new AuthenticationError(req.t)
}

/**
 * Changing one's own email or password asks for the current password (`currentPassword`), over any
 * API and in the admin: a stolen session or an unlocked screen is not enough to take the account.
 * Checked on each document an update writes, so an update by id (however the id is spelt) and a bulk
 * update (`PATCH /api/users?where=...` matching one's own account) meet the same check. Admins
 * changing another member's account, and resets from the emailed link, are not asked.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  const user = req.user
  if (operation !== 'update' || !data || !originalDoc || !user || user.collection !== 'users' || String(originalDoc.id) !== String(user.id)) return data
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(originalDoc.email ?? '').toLowerCase()
  if (!changesPassword && !changesEmail) return data
  const stored = await storedPassword(req, { id: { equals: user.id } })
  const current: unknown = data.currentPassword
  const matches = typeof current === 'string' && current !== '' && stored ? await passwordMatches(current, stored).catch(() => false) : false
  if (!matches) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'currentPassword', message: 'currentPassword must be your current password to change your own email or password.' }],
    })
  }
  return data
}
