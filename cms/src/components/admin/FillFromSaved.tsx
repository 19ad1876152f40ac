'use client'
import { toast, useConfig, useField, useForm } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/** Fields a saved venue or host carries that the screening does not copy. */
const notCopied = new Set(['id', 'createdAt', 'updatedAt', 'matchedPlace'])

type Props = {
  path: string
  collection: string
  /** The group the saved entry's fields are copied into. */
  target: string
  /** Fields copied somewhere else than the group, by name: a venue's time zone is the start time's. */
  elsewhere?: Record<string, string>
}

/**
 * Beside a "Saved venue" or "Saved host" picker: when the editor picks one (or adds one in place),
 * its fields are copied into the screening's own group (`target`), which the public reads.
 */
export const FillFromSaved = ({ path, collection, target, elsewhere = {} }: Props) => {
  const { value } = useField<string | { id?: string } | null>({ path })
  const { dispatchFields, setModified } = useForm()
  const { config } = useConfig()
  const id = value && typeof value === 'object' ? value.id : value
  const shown = useRef(id)
  useEffect(() => {
    // Only a new pick: the one the screening was opened with is already copied.
    if (!id || id === shown.current) return
    shown.current = id
    void (async () => {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collection}/${encodeURIComponent(String(id))}?depth=0`, {
        credentials: 'include',
      })
      if (!response.ok) return toast.error('The saved entry could not be read.')
      const saved = (await response.json()) as Record<string, unknown>
      for (const [field, fieldValue] of Object.entries(saved)) {
        if (notCopied.has(field)) continue
        const to = elsewhere[field]
        // Left as it was when the saved entry has none (a venue saved before it had a time zone).
        if (to) {
          if (fieldValue) dispatchFields({ type: 'UPDATE', path: to, value: fieldValue })
        } else dispatchFields({ type: 'UPDATE', path: `${target}.${field}`, value: fieldValue ?? null })
      }
      setModified(true)
    })()
  }, [id, collection, target, elsewhere, config.serverURL, config.routes.api, dispatchFields, setModified])
  return null
}
