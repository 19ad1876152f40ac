import type { CollectionConfig } from 'payload'

import { moderationStatuses } from '../../fields/staffStatus'
import type { ListView } from './Moderation'

type ListComponents = NonNullable<NonNullable<CollectionConfig['admin']>['components']>['beforeListTable']

const moderation = '@/components/admin/Moderation'

/** The featured cell of pledges: Feature and Unfeature on each row. */
export const featuredCell = `${moderation}#FeaturedCell`

/** Saved views above a list: each sets the list's filter and order in one click. */
export const listViews = (collectionSlug: string, views: ListView[]): NonNullable<ListComponents>[number] => ({
  path: `${moderation}#ListViews`,
  clientProps: { collectionSlug, views },
})

/** A list's views by where its documents stand: one per status, then all of them. */
export const statusViews = (collectionSlug: string, statuses: { label: string; value: string }[]) =>
  listViews(collectionSlug, [...statuses.map(({ label, value }) => ({ label, where: { status: value } })), { label: 'All' }])

/** A moderated list's views (pending, approved, rejected, all) and its bulk actions. */
export const moderatedList = (collectionSlug: string, { canFeature = false } = {}): ListComponents => [
  statusViews(collectionSlug, moderationStatuses),
  { path: `${moderation}#BulkModeration`, clientProps: { collectionSlug, canFeature } },
]

/** An amount shown as money in its row's currency. */
export const moneyCell = '@/components/admin/cells#MoneyCell'

type Fields = CollectionConfig['fields']

/** Every checkbox of a list (rows and collapsibles included; a named group's are not columns) reads Yes or No. */
const yesNoCells = (fields: Fields): Fields =>
  fields.map((field) => {
    if (field.type === 'checkbox')
      return { ...field, admin: { ...field.admin, components: { Cell: '@/components/admin/cells#YesNoCell', ...field.admin?.components } } }
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: yesNoCells(field.fields) }
    return field
  })

/** Lists that read as the team speaks: booleans as yes or no. */
export const readableLists = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({ ...collection, fields: yesNoCells(collection.fields) }))
