import { type FieldHook, type RowField, slugField as payloadSlugField, type TextField } from 'payload'
import { slugify } from 'payload/shared'

/** Fills an empty slug from the title before validation, so API clients need not send one. */
const slugFromTitle: FieldHook = ({ data, value }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  const title = data?.title
  return typeof title === 'string' && title.trim() ? slugify(title) : value
}

/** Payload's slug field (generated from the title in the admin, unique, indexed), also filled over the API. */
export const slugField = (): RowField =>
  payloadSlugField({
    // The hook below always fills it; not `required`, so API clients may leave it out.
    required: false,
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        'name' in field && field.name === 'slug'
          ? ({ ...field, hooks: { ...(field as TextField).hooks, beforeValidate: [slugFromTitle] } } as TextField)
          : field,
      ),
    }),
  })
