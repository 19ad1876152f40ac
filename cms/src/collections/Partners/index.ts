import { randomBytes } from 'node:crypto'

import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { adminAccess } from '../../access/collectionAccess'
import { forgetPartners } from './keys'

/** A new partner's key: a prefix that says what it is, then 32 random bytes. */
const newKey = () => `mla_${randomBytes(32).toString('base64url')}`

/**
 * Organisations that build on the public API (issue 16): each gets a key, sent as `X-Partner-Key`,
 * and its requests are limited by that key, at its own quota in cost points a minute, instead of by
 * the address they come from. Admins only; the key is made here and never typed.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'API partner', plural: 'API partners' },
  access: adminAccess,
  admin: {
    group: 'Settings',
    useAsTitle: 'name',
    defaultColumns: ['name', 'contact', 'pointsPerMinute', 'active', 'updatedAt'],
    description: 'Organisations using the public API with a key of their own: their quota in points a minute, and their use per day under API usage.',
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'contact', type: 'email', required: true, admin: { description: 'Who to write to about the key.' } },
    {
      name: 'pointsPerMinute',
      type: 'number',
      required: true,
      min: 1_000,
      max: 3_000_000,
      defaultValue: 60_000,
      admin: { description: 'Cost points a minute (a list of 10 posts costs about 50; anonymous clients get 30,000 per address).' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { description: 'Untick to refuse the key at once.' } },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, description: 'Sent as the X-Partner-Key header. Made when the partner is saved first.' },
      hooks: { beforeChange: [({ value, operation }) => (operation === 'create' || !value ? newKey() : value)] },
    },
  ],
  hooks: { afterChange: [() => forgetPartners()], afterDelete: [() => forgetPartners()] },
}

/** Requests and points per partner and day, written by the CMS as it counts them: for admins to read. */
export const PartnerUsage: CollectionConfig = {
  slug: 'partner-usage',
  labels: { singular: 'API usage (a day)', plural: 'API usage' },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  admin: { group: 'Settings', useAsTitle: 'day', defaultColumns: ['day', 'partner', 'requests', 'points'] },
  fields: [
    { name: 'partner', type: 'relationship', relationTo: 'partners', required: true, index: true },
    { name: 'day', type: 'text', required: true, index: true, admin: { description: 'UTC day, YYYY-MM-DD.' } },
    { name: 'requests', type: 'number', required: true, defaultValue: 0 },
    { name: 'points', type: 'number', required: true, defaultValue: 0 },
  ],
}
