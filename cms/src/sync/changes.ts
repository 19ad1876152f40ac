import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'

import { isAdmin } from '../access/isAdmin'
import { queueScreeningWebhooks } from './webhooks'

/**
 * The change log partners sync from (issue 16, item 7): one entry each time a document becomes
 * public, changes while public, or stops being public (unpublished or deleted: a tombstone). Only
 * ids, slugs, kinds and times: nothing of a draft. Written by the hooks below, read through the
 * `Changes` query (graphql.ts), and by admins in the admin.
 */
export const syncedCollections = ['posts', 'pages', 'screenings', 'dvds', 'press-items'] as const
export type SyncedCollection = (typeof syncedCollections)[number]

export const changeKinds = ['published', 'changed', 'unpublished', 'deleted'] as const
export type ChangeKind = (typeof changeKinds)[number]

/** Partners may ask for changes this far back; entries are kept a few days longer, then purged. */
export const changesKeptDays = 30
const purgeAfterDays = 35

export const ContentChanges: CollectionConfig = {
  slug: 'content-changes',
  labels: { singular: 'Published change', plural: 'Published changes' },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  admin: {
    group: 'Settings',
    useAsTitle: 'slug',
    defaultColumns: ['at', 'collection', 'slug', 'kind'],
    description: `What partners see through the Changes query: each publish, edit of published content, unpublish and delete, kept ${purgeAfterDays} days.`,
  },
  defaultSort: '-at',
  // Partners read it through the Changes query alone.
  graphQL: false,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'collection', type: 'select', required: true, options: [...syncedCollections], admin: { readOnly: true } },
    { name: 'document', type: 'text', required: true, index: true, admin: { readOnly: true, description: "The document's id." } },
    { name: 'slug', type: 'text', admin: { readOnly: true } },
    { name: 'kind', type: 'select', required: true, options: [...changeKinds], admin: { readOnly: true } },
  ],
}

type PublicState = { slug?: string | null; status?: string | null; updatedAt?: string }
export type PublicChange = { collection: SyncedCollection; kind: ChangeKind; id: string; slug?: string | null; before?: PublicState; after?: PublicState }

const isPublic = (doc: { _status?: unknown } | null | undefined) => Boolean(doc) && (doc!._status === undefined || doc!._status === 'published')

/** The document as the public reads it: its own row, which a saved draft leaves alone. */
const publicRow = async (req: PayloadRequest, collection: CollectionSlug, id: string | number) => {
  const row = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as (PublicState & { _status?: string }) | null
  return isPublic(row) ? row! : undefined
}

const contextKey = (collection: string, id: unknown) => `publicBefore:${collection}:${String(id)}`

/** Remembers what the public saw before an update: `previousDoc` is the latest version, which may be a draft. */
const rememberPublicState: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined)
    req.context[contextKey(collection.slug, originalDoc.id)] = (await publicRow(req, collection.slug, originalDoc.id)) ?? null
  return data
}

let lastPurge = 0

/** Drops entries past their keeping time, at most once an hour per process, on a write: reads never pay for it. */
const purgeOldEntries = async (req: PayloadRequest) => {
  if (Date.now() - lastPurge < 3_600_000) return
  lastPurge = Date.now()
  const before = new Date(Date.now() - purgeAfterDays * 86_400_000).toISOString()
  await req.payload.delete({ collection: 'content-changes', where: { at: { less_than: before } }, req })
}

const record = async (req: PayloadRequest, change: PublicChange) => {
  await req.payload.create({
    collection: 'content-changes',
    data: { at: new Date().toISOString(), collection: change.collection, document: change.id, slug: change.slug ?? null, kind: change.kind },
    depth: 0,
    req,
  })
  if (change.collection === 'screenings') await queueScreeningWebhooks(req, change)
  await purgeOldEntries(req)
}

const kindOf = (before: PublicState | undefined, after: PublicState | undefined): ChangeKind | undefined => {
  if (after) return before ? 'changed' : 'published'
  return before ? 'unpublished' : undefined
}

const recordChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const slug = collection.slug as SyncedCollection
  const before = operation === 'update' ? ((req.context[contextKey(slug, doc.id)] as PublicState | null) ?? undefined) : undefined
  // A draft saved over a published document leaves the public row as it was: nothing public changed.
  const after = isPublic(doc) ? (doc as PublicState) : await publicRow(req, slug, doc.id)
  if (after && before && after.updatedAt === before.updatedAt) return doc
  const kind = kindOf(before, after)
  if (kind) await record(req, { collection: slug, kind, id: String(doc.id), slug: (after ?? before)?.slug, before, after })
  return doc
}

const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isPublic(doc)) await record(req, { collection: collection.slug as SyncedCollection, kind: 'deleted', id: String(doc.id), slug: doc.slug, before: doc })
  return doc
}

/** Adds the hooks that write the change log to every synced collection (scheduled publishing runs them too). */
export const recordPublicChanges = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections.filter((candidate) => (syncedCollections as readonly string[]).includes(candidate.slug))) {
    collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), rememberPublicState]
    collection.hooks.afterChange = [...(collection.hooks.afterChange ?? []), recordChange]
    collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), recordDelete]
  }
  return config
}
