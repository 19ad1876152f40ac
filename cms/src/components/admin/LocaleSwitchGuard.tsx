'use client'
import { useFormModified, useLocale } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

export const unsavedLocaleSwitchMessage = 'You have unsaved changes in this language. Switching language discards them. Switch anyway?'

/**
 * Says which language is being edited when it is not English, and asks before the language switch
 * discards unsaved edits: Payload reloads the document in the other
 * language at once. Listens ahead of the switch's own handler (capture phase) and stops the click
 * when the editor keeps their changes.
 */
export const LocaleSwitchGuard = () => {
  const locale = useLocale()
  const modified = useFormModified()
  const unsaved = useRef(modified)
  unsaved.current = modified
  useEffect(() => {
    const guard = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null
      // The language list opens apart from the switch; each choice carries its language code.
      const choice = target?.closest('button')
      if (!unsaved.current || !choice?.querySelector('.localizer__locale-code')) return
      if (!window.confirm(unsavedLocaleSwitchMessage)) {
        event.preventDefault()
        event.stopImmediatePropagation()
      }
    }
    window.addEventListener('click', guard, true)
    return () => window.removeEventListener('click', guard, true)
  }, [])
  // Which language is being edited, where the editor acts: anything but English is said plainly.
  if (!locale || locale.code === 'en') return null
  return (
    <span className="mla-locale-pill" role="status">
      Editing the {typeof locale.label === 'string' ? locale.label : locale.code} version: empty fields show the English text
    </span>
  )
}
