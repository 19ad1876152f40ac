'use client'
import { toast, useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * On a host request, the screening made from it: a link to open it, and, right after the save that
 * made it, a message saying so with the same link (the request's own "Updated successfully" does not).
 */
export const ScreeningFromRequest = () => {
  const { config } = useConfig()
  const screening = useFormFields(([fields]) => fields.screening?.value)
  const id = screening && typeof screening === 'object' ? (screening as { id?: string | number }).id : (screening as string | number | undefined)
  const href = id ? `${config.routes.admin}/collections/screenings/${id}` : undefined
  const seen = useRef(id)
  useEffect(() => {
    if (href && seen.current !== id) {
      toast.success(
        <span>
          Draft screening created. <a href={href}>Open the draft screening</a> to choose its time and publish it.
        </span>,
        { duration: 15_000 },
      )
    }
    seen.current = id
  }, [href, id])
  if (!href) return null
  return (
    <div className="field-type mla-linked-screening">
      <span className="field-label">Screening created from this request</span>
      <a href={href}>Open the draft screening</a>
    </div>
  )
}
