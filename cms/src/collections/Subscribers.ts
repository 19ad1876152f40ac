import type { CollectionConfig } from 'payload'

import { submissionAccess } from '../access/collectionAccess'
import { isStaffField } from '../access/isStaff'
import { formRule } from '../fields/formRule'
import { submissionIdField } from '../fields/submissionId'
import { sendSubscriptionConfirmation } from '../subscriptions'

export const Subscribers: CollectionConfig<'subscribers'> = {
  slug: 'subscribers',
  labels: { singular: 'Subscriber', plural: 'Subscribers' },
  access: submissionAccess,
  admin: {
    group: 'Participation',
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'status', 'locale', 'createdAt'],
    description: 'People who asked for updates. "Pending" until they confirm by email (double opt-in).',
  },
  defaultSort: '-createdAt',
  hooks: { afterChange: [sendSubscriptionConfirmation] },
  fields: [
    { name: 'email', validate: formRule('subscribe', 'email'), type: 'email', required: true, unique: true, index: true },
    { name: 'name', validate: formRule('subscribe', 'name'), type: 'text', maxLength: 120 },
    { name: 'postcode', validate: formRule('subscribe', 'postcode'), type: 'text', maxLength: 20 },
    {
      name: 'consent',
      label: 'Agreed to receive updates',
      type: 'checkbox',
      required: true,
      defaultValue: false,
      validate: formRule('subscribe', 'consent'),
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'en',
      options: [
        { label: 'English', value: 'en' },
        { label: 'Español', value: 'es' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Pending confirmation', value: 'pending' },
        { label: 'Confirmed', value: 'confirmed' },
        { label: 'Unsubscribed', value: 'unsubscribed' },
      ],
      access: { create: isStaffField, update: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      access: { create: isStaffField, update: isStaffField },
      admin: { position: 'sidebar', readOnly: true },
    },
    submissionIdField(),
  ],
}
