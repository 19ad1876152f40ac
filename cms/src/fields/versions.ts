import type { CollectionConfig } from 'payload'

/** Drafts, a history of versions, and publishing at a chosen time (run by Payload's jobs queue). */
export const draftsWithSchedule: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
