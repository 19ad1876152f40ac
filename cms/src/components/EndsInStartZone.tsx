'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'

/** Keeps the end time's zone on the start time's while the editor works: a screening is in one place. */
export const EndsInStartZone = () => {
  const startZone = useFormFields(([fields]) => fields.startsAt_tz?.value)
  const endZone = useFormFields(([fields]) => fields.endsAt_tz?.value)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  useEffect(() => {
    if (startZone && startZone !== endZone) dispatch({ type: 'UPDATE', path: 'endsAt_tz', value: startZone })
  }, [startZone, endZone, dispatch])
  return null
}
