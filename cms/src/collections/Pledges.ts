import type { CollectionBeforeValidateHook, CollectionConfig, Validate } from 'payload'

import type { Pledge } from '@made-in-la/shared/payload-types'

import { moderatedSubmissionAccess } from '../access/collectionAccess'
import { isStaffField } from '../access/isStaff'
import { featuredCell, moderatedList } from '../components/admin/lists'
import { moderationStatusField } from '../fields/staffStatus'
import { formFields } from '../fields/formField'
import { submissionIdField } from '../fields/submissionId'
import { revalidateDeletedDocument, revalidateModeratedSubmission } from '../hooks/revalidateSite'

/** Only an approved pledge whose signer agreed to be shown can be featured: anything else would show nothing. */
const featurable: Validate = (value, { siblingData }) => {
  if (value !== true) return true
  const pledge = siblingData as Partial<Pledge>
  if (pledge.status !== 'approved') return 'featured: approve the pledge before featuring it.'
  if (pledge.consentToShow !== true) return 'featured: its signer did not agree to be shown publicly, so it cannot be featured.'
  return true
}

/**
 * A pledge taken out of "approved" (rejected, back to pending), or whose signer withdrew their
 * agreement, stops being featured with it, unless this very change asks to feature it (then the
 * rule above refuses it, with its reason).
 */
const unfeatureWhenNoLongerShown: CollectionBeforeValidateHook<Pledge> = ({ data, originalDoc }) => {
  if (!data || (data.featured === true && originalDoc?.featured !== true)) return data
  const status = data.status ?? originalDoc?.status
  const consent = data.consentToShow ?? originalDoc?.consentToShow
  const changed =
    (data.status !== undefined && data.status !== originalDoc?.status) ||
    (data.consentToShow !== undefined && data.consentToShow !== originalDoc?.consentToShow)
  return changed && (status !== 'approved' || consent !== true) ? { ...data, featured: false } : data
}

export const Pledges: CollectionConfig<'pledges'> = {
  slug: 'pledges',
  labels: { singular: 'Pledge', plural: 'Pledges' },
  // Public once approved, featured by a moderator and agreed to by its signer: as on the home page.
  access: moderatedSubmissionAccess({ and: [{ status: { equals: 'approved' } }, { featured: { equals: true } }, { consentToShow: { equals: true } }] }),
  admin: {
    group: 'Participation',
    useAsTitle: 'name',
    // The status and its row actions first, so a phone shows them without scrolling sideways.
    defaultColumns: ['name', 'status', 'featured', 'consentToShow', 'city', 'message', 'createdAt'],
    components: { beforeListTable: moderatedList('pledges', { canFeature: true }) },
    description: 'Pledges signed on the site. Approve one to count it; feature it to show it on the home page.',
  },
  defaultSort: '-createdAt',
  // Approving or featuring changes what the site shows.
  hooks: { beforeValidate: [unfeatureWhenNoLongerShown], afterChange: [revalidateModeratedSubmission], afterDelete: [revalidateDeletedDocument] },
  fields: [
    ...formFields('pledge', { consentToShow: { label: 'Agreed to be shown publicly', defaultValue: false } }),
    moderationStatusField(),
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      access: { create: isStaffField, update: isStaffField },
      validate: featurable,
      admin: {
        position: 'sidebar',
        description: 'Show on the home page (approved pledges whose signer agreed to be shown).',
        components: { Cell: featuredCell },
      },
    },
    submissionIdField(),
  ],
}
