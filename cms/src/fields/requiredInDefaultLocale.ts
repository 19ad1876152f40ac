import type { RichTextField, TextareaField, TextField } from 'payload'
import { richText, text, textarea } from 'payload/shared'

const defaultLocale = 'en'

/**
 * Localised text that must be written in English; Spanish may be left empty and falls back to it.
 * (Payload's `required` would demand every language, so a Spanish edit could never be saved alone.)
 * Rich text keeps its editor's own checks (the blocks inside it) in every language.
 */
export const requiredInDefaultLocale = <F extends TextField | TextareaField | RichTextField>(field: F): F => {
  const builtIn = field.type === 'textarea' ? textarea : field.type === 'richText' ? richText : text
  return {
    ...field,
    required: false,
    localized: true,
    admin: { ...field.admin, description: field.admin?.description ?? 'Required in English; other languages fall back to it.' },
    validate: (value: unknown, options: Parameters<typeof text>[1]) =>
      builtIn(value as never, { ...options, required: (options.req.locale ?? defaultLocale) === defaultLocale } as never),
  } as F
}
