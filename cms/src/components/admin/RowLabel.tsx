'use client'
import { useFormFields, useRowLabel } from '@payloadcms/ui'

/** The fields whose text names a row, in the order they are tried. */
const namingFields = ['label', 'heading', 'title', 'name', 'buttonLabel', 'linkLabel', 'item', 'text', 'festival', 'caption', 'url', 'network']

const textOf = (data: Record<string, unknown> | undefined) => {
  for (const field of namingFields) {
    const value = data?.[field]
    if (typeof value === 'string' && value.trim()) return value.trim().length > 60 ? `${value.trim().slice(0, 57)}…` : value.trim()
  }
  return undefined
}

/**
 * A row of a list (menu items, steps, links) or a block of a layout, labelled by its own content
 * ("Screenings", "Video: Restore Fairness") rather than "Menu item 03" or "Video Untitled".
 */
export const RowLabel = ({ noun }: { noun?: string }) => {
  // Arrays and layout blocks give their row's data through the row label's context (with a path);
  // a block inside rich text is a form of its own, whose fields are the block's.
  const { data, path, rowNumber } = useRowLabel<Record<string, unknown>>()
  const fromForm = useFormFields(([fields]) => (path ? undefined : textOf(Object.fromEntries(namingFields.map((name) => [name, fields[name]?.value])))))
  const text = path ? textOf(data) : fromForm
  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  if (!text) return <span>{noun && path ? `${noun} ${number}` : (noun ?? number)}</span>
  return <span>{noun ? `${noun}: ${text}` : text}</span>
}
