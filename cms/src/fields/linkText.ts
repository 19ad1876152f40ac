import type { TextField } from 'payload'
import { text } from 'payload/shared'

/**
 * Link text that says where it goes: screen readers list a page's links by their text alone, and
 * search engines read it too. Words that say nothing on their own ("Learn more", "Click here",
 * "Leer más") are refused with a message naming the field; the field's own checks still apply.
 */
const saysNothing = new Set([
  'click here',
  'click this',
  'go',
  'here',
  'info',
  'information',
  'learn more',
  'link',
  'more',
  'more info',
  'more information',
  'read more',
  'right here',
  'see more',
  'start',
  'this',
  'website',
  'aquí',
  'aqui',
  'haz clic aquí',
  'haga clic aquí',
  'más',
  'mas',
  'más información',
  'leer más',
  'ver más',
  'aprende más',
  'aprender más',
  'saber más',
])

export const descriptiveLinkText = <F extends TextField>(field: F): F =>
  ({
    ...field,
    admin: {
      ...field.admin,
      description: `${field.admin?.description ? `${String(field.admin.description)} ` : ''}Say where the link goes ("Resources for teachers", not "Learn more").`,
    },
    validate: (value: unknown, options: Parameters<typeof text>[1]) => {
      if (
        typeof value === 'string' &&
        saysNothing.has(
          value
            .trim()
            .toLowerCase()
            .replace(/[.!…:»›>\s]+$/u, ''),
        )
      ) {
        return `"${value.trim()}" does not say where the link goes: name the page or the action instead.`
      }
      const own = field.validate as ((value: unknown, options: unknown) => true | string | Promise<true | string>) | undefined
      return own ? own(value, options) : text(value as never, options as never)
    },
  }) as F
