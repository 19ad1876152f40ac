/**
 * Held for moderation until a moderator approves it. On its own, without server imports: the admin's
 * list cells (components/admin/Moderation.tsx) run in the browser and name each status from here.
 */
export const moderationStatuses = [
  { label: 'Pending', value: 'pending' },
  { label: 'Approved', value: 'approved' },
  { label: 'Rejected', value: 'rejected' },
]
