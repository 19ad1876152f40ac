import type { SanitizedConfig } from 'payload'

import { isStaff } from './isStaff'

/**
 * Payload adds `payload-locked-documents` itself, open to any signed-in account; that includes the
 * site's service account, which must only create submissions. Staff alone may see who edits what.
 */
export const restrictInternalCollections = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (collection.slug !== 'payload-locked-documents') continue
    collection.access = { ...collection.access, read: isStaff, create: isStaff, update: isStaff, delete: isStaff }
  }
  return config
}
