import type { CollectionConfig } from 'payload'

import { forms } from '@made-in-la/shared/forms'

import { submissionAccess } from '../access/collectionAccess'
import { submissionIdField } from '../fields/submissionId'

/**
 * Submissions the site accepted but the CMS could not store: refused (a comment on a post since
 * deleted) or failing again and again. The site parks them here instead of retrying forever or
 * letting one block the others, so nothing a visitor sent is lost.
 */
export const UndeliveredSubmissions: CollectionConfig<'undelivered-submissions'> = {
  slug: 'undelivered-submissions',
  labels: { singular: 'Undelivered submission', plural: 'Undelivered submissions' },
  access: submissionAccess,
  admin: {
    group: 'Participation',
    useAsTitle: 'reason',
    defaultColumns: ['form', 'reason', 'attempts', 'receivedAt'],
    description:
      'Submissions the site received but could not store, with the reason. Read each one, enter again by hand what is worth keeping, then delete it.',
  },
  defaultSort: '-receivedAt',
  fields: [
    {
      name: 'form',
      type: 'select',
      required: true,
      options: Object.keys(forms).map((form) => ({ label: form, value: form })),
    },
    { name: 'reason', type: 'text', required: true, maxLength: 500 },
    { name: 'attempts', type: 'number', min: 0, admin: { description: 'Delivery attempts before it was set aside.' } },
    { name: 'receivedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'When the site received it.' } },
    { name: 'data', type: 'json', required: true, admin: { description: 'What the visitor sent.' } },
    submissionIdField(),
  ],
}
