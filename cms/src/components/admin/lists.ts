import type { CollectionConfig, GlobalConfig } from 'payload'

import { moderationStatuses } from '../../fields/moderationStatuses'
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
type Block = Extract<Fields[number], { type: 'blocks' }>['blocks'][number]

const rowLabel = '@/components/admin/RowLabel#RowLabel'

const singular = (labels: { singular?: unknown } | undefined) => (typeof labels?.singular === 'string' ? labels.singular : undefined)

/**
 * A block's rows are named by their kind and their own text ("Video: Restore Fairness"). The block
 * is changed where it is defined, not copied: one block used in several places (a page's layout and
 * the rich text of posts) must stay one definition, or the database gets a table for each copy.
 */
export const labelledBlock = (block: Block): Block => {
  if (block.admin?.components?.Label) return block
  block.fields = readableFields(block.fields)
  block.admin = { ...block.admin, components: { ...block.admin?.components, Label: { path: rowLabel, clientProps: { noun: singular(block.labels) } } } }
  return block
}

const englishBeside = '@/components/admin/EnglishBeside#EnglishBeside'

/**
 * Fields that read as the team speaks: every checkbox column says Yes or No, every array row and
 * block is named by its own content, and every translatable text shows its English beside it while
 * another language is edited. Nested fields (rows, tabs, groups, arrays, blocks) included.
 */
export const readableFields = (fields: Fields): Fields =>
  fields.map((field) => {
    switch (field.type) {
      case 'checkbox':
        return { ...field, admin: { ...field.admin, components: { Cell: '@/components/admin/cells#YesNoCell', ...field.admin?.components } } }
      case 'text':
      case 'textarea':
      case 'richText':
        if (!field.localized || field.admin?.components?.afterInput) return field
        return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, afterInput: [englishBeside] } } } as typeof field
      case 'row':
      case 'collapsible':
      case 'group':
        return { ...field, fields: readableFields(field.fields) }
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: readableFields(tab.fields) })) }
      case 'array':
        return {
          ...field,
          fields: readableFields(field.fields),
          admin: { ...field.admin, components: { RowLabel: rowLabel, ...field.admin?.components } },
        }
      case 'blocks':
        field.blocks.forEach(labelledBlock)
        return field
      default:
        return field
    }
  })

/** Collections whose lists and rows read as the team speaks (see readableFields). */
export const readableLists = <T extends { fields: Fields }>(configs: T[]): T[] =>
  configs.map((config) => ({ ...config, fields: readableFields(config.fields) }))

const hasLocalizedField = (fields: Fields): boolean =>
  fields.some((field) => ('localized' in field && field.localized) || ('fields' in field && !('name' in field) && hasLocalizedField(field.fields)))

/**
 * A "Spanish" column on every list whose documents have text in several languages: complete,
 * partial or missing (components/admin/TranslationCell.tsx). Shown after the title.
 */
export const translationColumn = (collection: CollectionConfig): CollectionConfig => {
  if (!hasLocalizedField(collection.fields)) return collection
  const columns = collection.admin?.defaultColumns
  return {
    ...collection,
    admin: { ...collection.admin, ...(columns ? { defaultColumns: [columns[0]!, 'translation', ...columns.slice(1)] } : {}) },
    fields: [
      ...collection.fields,
      {
        name: 'translation',
        label: 'Spanish',
        type: 'ui',
        admin: { components: { Cell: '@/components/admin/TranslationCell#TranslationCell', Field: false } },
      },
    ],
  }
}

const localeSwitchGuard = '@/components/admin/LocaleSwitchGuard#LocaleSwitchGuard'

type Controls = { beforeDocumentControls?: unknown[] }

/**
 * Every document's edit view asks before a language switch discards unsaved changes. Payload keeps
 * a collection's document controls under `edit`, and a global's under `elements`.
 */
const guarded = <T extends CollectionConfig | GlobalConfig>(config: T, where: 'edit' | 'elements'): T => {
  const components = (config.admin?.components ?? {}) as Record<string, Controls | undefined>
  const controls = components[where]
  return {
    ...config,
    admin: {
      ...config.admin,
      components: { ...components, [where]: { ...controls, beforeDocumentControls: [...(controls?.beforeDocumentControls ?? []), localeSwitchGuard] } },
    },
  }
}

export const guardLocaleSwitch = <T extends CollectionConfig>(collection: T): T => guarded(collection, 'edit')
export const guardGlobalLocaleSwitch = <T extends GlobalConfig>(global: T): T => guarded(global, 'elements')
