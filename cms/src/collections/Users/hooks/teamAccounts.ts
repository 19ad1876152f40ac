import { APIError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { hasRole, userOf } from '../../../access/roles'
import { accountsHoldingKey } from '../../../siteAccount'

export const minPasswordLength = 12

/**
 * A password of at least 12 characters, however it is set: creating an account, changing it, or
 * resetting it from the emailed link (Payload's own check stops at 3).
 */
export const requireLongPassword: CollectionBeforeOperationHook<'users'> = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password === 'string' && password.length < minPasswordLength) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: `password must be at least ${minPasswordLength} characters.` }],
    })
  }
  return args
}

/**
 * API keys are the admins' to give: nobody else may turn one on, change it or choose its value (an
 * editor could otherwise take the site's key). And one key opens one account: a key another account
 * holds is refused, naming the field.
 */
export const guardApiKeys: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  // A key is never read back, so any key sent is a change; the switch is compared with what is stored.
  const newKey = typeof data.apiKey === 'string' && data.apiKey ? data.apiKey : undefined
  const switched = 'enableAPIKey' in data && Boolean(data.enableAPIKey) !== Boolean(originalDoc?.enableAPIKey)
  if (!newKey && !switched) return data
  if (req.payloadAPI !== 'local' && !hasRole(userOf(req), 'admin')) {
    throw new APIError('Only admins may turn on or change API keys.', 403, undefined, true)
  }
  if (newKey && (await accountsHoldingKey(req.payload, newKey, req)).some((holder) => holder.id !== originalDoc?.id)) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'apiKey', message: 'apiKey is already in use by another account; generate a new one.' }],
    })
  }
  return data
}
