import type { CollectionConfig } from 'payload'

import { moderatedSubmissionAccess } from '../access/collectionAccess'
import { isStaffField } from '../access/isStaff'
import { moderationStatusField } from '../fields/staffStatus'
import { formFields } from '../fields/formField'
import { submissionIdField } from '../fields/submissionId'
import { revalidateDeletedDocument, revalidateModeratedSubmission } from '../hooks/revalidateSite'

export const Pledges: CollectionConfig<'pledges'> = {
  slug: 'pledges',
  labels: { singular: 'Pledge', plural: 'Pledges' },
  // Public once approved, featured by a moderator and agreed to by its signer: as on the home page.
  access: moderatedSubmissionAccess({ and: [{ status: { equals: 'approved' } }, { featured: { equals: true } }, { consentToShow: { equals: true } }] }),
  admin: {
    group: 'Participation',
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'message', 'status', 'featured', 'createdAt'],
    description: 'Pledges signed on the site. Approve one to count it; feature it to show it on the home page.',
  },
  defaultSort: '-createdAt',
  // Approving or featuring changes what the site shows.
  hooks: { afterChange: [revalidateModeratedSubmission], afterDelete: [revalidateDeletedDocument] },
  fields: [
    ...formFields('pledge', { consentToShow: { label: 'Agreed to be shown publicly', defaultValue: false } }),
    moderationStatusField(),
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      access: { create: isStaffField, update: isStaffField },
      admin: { position: 'sidebar', description: 'Show on the home page (approved pledges only).' },
    },
    submissionIdField(),
  ],
}
