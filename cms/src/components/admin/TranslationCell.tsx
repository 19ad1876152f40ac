import type { DefaultServerCellComponentProps, Field } from 'payload'

/** The fields a language can have its own text for (top level, named, localized). */
const localizedNames = (fields: Field[]): string[] =>
  fields.flatMap((field) => {
    if ('fields' in field && !('name' in field)) return localizedNames(field.fields)
    return 'name' in field && 'localized' in field && field.localized ? [field.name] : []
  })

/** Whether a value holds any text: rich text only when one of its nodes does. */
const filled = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object' && 'root' in value) return /"text":"[^"]/.test(JSON.stringify(value))
  return true
}

/**
 * The Spanish column of a translatable list: complete when every field written in English has its
 * Spanish text, missing when none has, partial in between (the site shows English for the rest).
 */
export const TranslationCell = async ({ payload, rowData, collectionConfig }: DefaultServerCellComponentProps) => {
  // Payload also renders list cells where no collection is at hand (a version's history): nothing to say there.
  if (!collectionConfig?.fields || !rowData?.id) return null
  const names = localizedNames(collectionConfig.fields as Field[])
  // One read for both languages: each localized field comes back as { en, es }.
  const stored = (await payload
    .findByID({
      collection: collectionConfig.slug as 'posts',
      id: rowData.id as string,
      locale: 'all',
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    .catch(() => undefined)) as Record<string, Record<string, unknown> | undefined> | undefined
  const english = Object.fromEntries(names.map((name) => [name, stored?.[name]?.en]))
  const spanish = Object.fromEntries(names.map((name) => [name, stored?.[name]?.es]))
  const written = names.filter((name) => filled(english?.[name]))
  const translated = written.filter((name) => filled(spanish?.[name]))
  const state = translated.length === 0 ? 'missing' : translated.length === written.length ? 'complete' : 'partial'
  const label = { complete: 'Complete', partial: `Partial (${translated.length} of ${written.length})`, missing: 'Missing' }[state]
  return <span className={`mla-translation mla-translation--${state}`}>{label}</span>
}
