import type { CollectionConfig } from 'payload'

import { submissionAccess } from '../../access/collectionAccess'
import { formFields } from '../../fields/formField'
import { optInStatusFields } from '../../fields/staffStatus'
import { submissionIdField } from '../../fields/submissionId'
import { subscriptionEndpoints } from './endpoints'
import { sendSubscriptionConfirmation } from './hooks'

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
  endpoints: subscriptionEndpoints,
  fields: [
    ...formFields('subscribe', {
      email: { unique: true, index: true },
      consent: { label: 'Agreed to receive updates', defaultValue: false },
      locale: { defaultValue: 'en' },
    }),
    ...optInStatusFields(),
    submissionIdField(),
  ],
}
