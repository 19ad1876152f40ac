import type { SelectField } from 'payload'

import { isStaffField } from '../access/isStaff'

/** Held for moderation until a moderator approves it; only staff can change it. */
export const moderationStatusField = (): SelectField => ({
  name: 'status',
  type: 'select',
  defaultValue: 'pending',
  index: true,
  options: [
    { label: 'Pending', value: 'pending' },
    { label: 'Approved', value: 'approved' },
    { label: 'Rejected', value: 'rejected' },
  ],
  access: { create: isStaffField, update: isStaffField },
  admin: { position: 'sidebar' },
})
