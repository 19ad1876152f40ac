import type { CollectionConfig } from 'payload'

import { submissionAccess } from '../access/collectionAccess'
import { isStaffField } from '../access/isStaff'
import { formRule } from '../fields/formRule'
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
    {
      type: 'row',
      fields: [
        { name: 'name', validate: formRule('contact', 'name'), type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
        { name: 'email', validate: formRule('contact', 'email'), type: 'email', required: true, admin: { width: '50%' } },
      ],
    },
    { name: 'subject', validate: formRule('contact', 'subject'), type: 'text', required: true, maxLength: 200 },
    { name: 'message', validate: formRule('contact', 'message'), type: 'textarea', required: true, maxLength: 5000 },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      index: true,
      options: [
        { label: 'New', value: 'new' },
        { label: 'Answered', value: 'answered' },
        { label: 'Archived', value: 'archived' },
      ],
      access: { create: isStaffField, update: isStaffField },
      admin: { position: 'sidebar' },
    },
    submissionIdField(),
  ],
}
