import type { Field, SelectField } from 'payload'

import { isStaffField } from '../access/isStaff'
import { moderationStatuses } from './moderationStatuses'

/** Where a submission stands in the team's work (new, answered, approved...): only staff change it. */
export const staffStatusField = (options: { label: string; value: string }[], defaultValue: string): SelectField => ({
  name: 'status',
  type: 'select',
  defaultValue,
  index: true,
  options,
  access: { create: isStaffField, update: isStaffField },
  admin: { position: 'sidebar' },
})

export const moderationStatusField = (): SelectField => {
  const field = staffStatusField(moderationStatuses, 'pending')
  // In the list, each row carries Approve and Reject.
  return { ...field, admin: { ...field.admin, components: { Cell: '@/components/admin/Moderation#StatusCell' } } }
}

/** Double opt-in (optIn.ts): pending until the link in the email confirms it, and when it was confirmed. */
export const optInStatusFields = (): Field[] => [
  staffStatusField(
    [
      { label: 'Pending confirmation', value: 'pending' },
      { label: 'Confirmed', value: 'confirmed' },
      { label: 'Unsubscribed', value: 'unsubscribed' },
    ],
    'pending',
  ),
  { name: 'confirmedAt', type: 'date', access: { create: isStaffField, update: isStaffField }, admin: { position: 'sidebar', readOnly: true } },
]
