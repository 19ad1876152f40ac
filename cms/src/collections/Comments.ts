import type { CollectionConfig, Validate } from 'payload'

import { unpublishedPostMessage } from '@made-in-la/shared/forms'

import { moderatedSubmissionAccess } from '../access/collectionAccess'
import { isModeratorField } from '../access/isModerator'
import { moderatedList } from '../components/admin/lists'
import { moderationStatusField } from '../fields/staffStatus'
import { formFields } from '../fields/formField'
import { submissionIdField } from '../fields/submissionId'
import { revalidateDeletedDocument, revalidateModeratedSubmission } from '../hooks/revalidateSite'

/** A comment names a post that exists and is published: never a draft, never a missing document. */
const publishedPost: Validate = async (value, { req }) => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  if (typeof id !== 'string' || !id) return 'post is required.'
  try {
    const found = await req.payload.find({
      collection: 'posts',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return found.docs.length > 0 ? true : unpublishedPostMessage
  } catch {
    // Not an id this database can hold.
    return unpublishedPostMessage
  }
}

export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  labels: { singular: 'Comment', plural: 'Comments' },
  // Approved comments are public, as they are under their post; the address is for moderators only.
  access: moderatedSubmissionAccess({ status: { equals: 'approved' } }),
  admin: {
    group: 'Participation',
    useAsTitle: 'name',
    // The status (with its Approve and Reject) second, so a phone shows it without scrolling sideways.
    defaultColumns: ['name', 'status', 'post', 'body', 'createdAt'],
    components: { beforeListTable: moderatedList('comments') },
    description: 'Comments on blog posts. They appear under the post only once approved.',
  },
  defaultSort: '-createdAt',
  // Approving or featuring changes what the site shows.
  hooks: { afterChange: [revalidateModeratedSubmission], afterDelete: [revalidateDeletedDocument] },
  fields: [
    ...formFields('comment', {
      post: { replace: { name: 'post', type: 'relationship', relationTo: 'posts', required: true, index: true, validate: publishedPost } },
      email: { admin: { description: 'Never shown publicly.' }, access: { read: isModeratorField } },
    }),
    moderationStatusField(),
    submissionIdField(),
  ],
}
