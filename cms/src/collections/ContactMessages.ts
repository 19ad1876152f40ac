import type { CollectionConfig } from 'payload'

import { submissionAccess } from '../access/collectionAccess'
import { formFields } from '../fields/formField'
import { staffStatusField } from '../fields/staffStatus'
import { submissionIdField } from '../fields/submissionId'
import { notifyStaff } from '../hooks/notifyStaff'

export const ContactMessages: CollectionConfig<'contact-messages'> = {
  slug: 'contact-messages',
  labels: { singular: 'Contact message', plural: 'Contact messages' },
  access: submissionAccess,
  admin: {
    group: 'Participation',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'name', 'email', 'status', 'createdAt'],
    description: 'Messages sent through the Contact page.',
  },
  defaultSort: '-createdAt',
  hooks: { afterChange: [notifyStaff] },
  fields: [
    ...formFields('contact', { name: { row: 'sender', admin: { width: '50%' } }, email: { row: 'sender', admin: { width: '50%' } } }),
    staffStatusField(
      [
        { label: 'New', value: 'new' },
        { label: 'Answered', value: 'answered' },
        { label: 'Archived', value: 'archived' },
      ],
      'new',
    ),
    submissionIdField(),
  ],
}
