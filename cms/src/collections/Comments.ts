import type { CollectionConfig } from 'payload'

import { submissionAccess } from '../access/collectionAccess'
import { moderationStatusField } from '../fields/moderationStatus'
import { formRule } from '../fields/formRule'
import { submissionIdField } from '../fields/submissionId'
import { revalidateDeletedDocument, revalidateModeratedSubmission } from '../hooks/revalidateSite'

export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  labels: { singular: 'Comment', plural: 'Comments' },
  access: submissionAccess,
  admin: {
    group: 'Participation',
    useAsTitle: 'name',
    defaultColumns: ['name', 'post', 'body', 'status', 'createdAt'],
    description: 'Comments on blog posts. They appear under the post only once approved.',
  },
  defaultSort: '-createdAt',
  // Approving or featuring changes what the site shows.
  hooks: { afterChange: [revalidateModeratedSubmission], afterDelete: [revalidateDeletedDocument] },
  fields: [
    { name: 'post', type: 'relationship', relationTo: 'posts', required: true, index: true },
    { name: 'name', validate: formRule('comment', 'name'), type: 'text', required: true, maxLength: 80 },
    { name: 'email', validate: formRule('comment', 'email'), type: 'email', required: true, admin: { description: 'Never shown publicly.' } },
    { name: 'body', validate: formRule('comment', 'body'), type: 'textarea', required: true, maxLength: 3000 },
    moderationStatusField(),
    submissionIdField(),
  ],
}
