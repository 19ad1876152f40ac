import type { CollectionConfig } from 'payload'

import { statusViews } from '../components/admin/lists'
import { submissionAccess } from '../access/collectionAccess'
import { formFields } from '../fields/formField'
import { staffStatusField } from '../fields/staffStatus'
import { submissionIdField } from '../fields/submissionId'
import { notifyStaff } from '../hooks/notifyStaff'

const messageStatuses = [
  { label: 'New', value: 'new' },
  { label: 'Answered', value: 'answered' },
  { label: 'Archived', value: 'archived' },
]

export const ContactMessages: CollectionConfig<'contact-messages'> = {
  slug: 'contact-messages',
  labels: { singular: 'Contact message', plural: 'Contact messages' },
  access: submissionAccess,
  admin: {
    group: 'Participation',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'name', 'email', 'status', 'createdAt'],
    components: { beforeListTable: [statusViews('contact-messages', messageStatuses)] },
    description: 'Messages sent through the Contact page.',
  },
  defaultSort: '-createdAt',
  hooks: { afterChange: [notifyStaff] },
  fields: [
    ...formFields('contact', { name: { row: 'sender', admin: { width: '50%' } }, email: { row: 'sender', admin: { width: '50%' } } }),
    staffStatusField(messageStatuses, 'new'),
    submissionIdField(),
  ],
}
