import type { TextField } from 'payload'

import { isStaffField } from '../access/isStaff'

/**
 * The key the site gives each submission. It is unique, so a delivery retried after a timeout
 * cannot store the same submission twice.
 */
export const submissionIdField = (): TextField => ({
  name: 'submissionId',
  type: 'text',
  unique: true,
  index: true,
  maxLength: 64,
  admin: { hidden: true },
  access: { read: isStaffField, update: () => false },
})
