import type { Access, CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

import { capListSize } from '../hooks/capListSize'
import { capWhereSize } from '../hooks/capWhereSize'
import { isStaff } from './isStaff'

const staffAnd =
  (access: Access | undefined): Access =>
  (args) =>
    isStaff(args) && (access ? access(args) : true)

/**
 * Payload adds `payload-locked-documents` and `payload-preferences` itself, open to any signed-in
 * account; that includes the site's service account, which must only create submissions. Staff alone
 * may see who edits what, and keep preferences (each their own, as Payload already checks).
 * Every collection, Payload's own included, caps its list reads and the `where` of every operation
 * (see capListSize, capWhereSize) and keeps its timestamps to itself.
 */
export const guardEveryCollection = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [capListSize, capWhereSize, ...(collection.hooks.beforeOperation ?? [])]
    // When a document was made or changed is Payload's to say: no API client backdates a submission.
    for (const field of collection.fields) {
      if (field.type === 'date' && (field.name === 'createdAt' || field.name === 'updatedAt')) {
        field.access = { ...field.access, create: () => false, update: () => false }
      }
    }
    if (collection.slug === 'payload-locked-documents') {
      collection.access = { ...collection.access, read: isStaff, create: isStaff, update: isStaff, delete: isStaff }
    }
    if (collection.slug === 'payload-preferences') {
      const { read, create, update, delete: remove } = collection.access
      collection.access = { ...collection.access, read: staffAnd(read), create: staffAnd(create), update: staffAnd(update), delete: staffAnd(remove) }
      // The content language is not kept: each visit to the admin starts in English (lists read their
      // English titles), and a language chosen for one document stays in that document's address.
      // The admin keeps it itself (through the Local API) when a page names one: kept as English.
      const forgetContentLanguage: CollectionBeforeChangeHook = ({ data }) => (data?.key === 'locale' ? { ...data, value: 'en' } : data)
      collection.hooks.beforeChange = [forgetContentLanguage, ...(collection.hooks.beforeChange ?? [])]
      // Its REST endpoints (/:key) write to the database directly, past the access rules and the hook
      // above: each checks the member itself, and refuses to keep the content language.
      collection.endpoints = (collection.endpoints || []).map((endpoint) => ({
        ...endpoint,
        handler: (req) => {
          if (!isStaff({ req })) return Response.json({ errors: [{ message: 'Preferences are for the team only.' }] }, { status: 403 })
          if (req.method === 'POST' && req.routeParams?.key === 'locale') return Response.json({ message: 'The content language is not kept between visits.' })
          return endpoint.handler(req)
        },
      }))
    }
  }
  return config
}
