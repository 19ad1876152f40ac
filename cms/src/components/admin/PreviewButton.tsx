'use client'
import { useLivePreviewContext } from '@payloadcms/ui'

/** Preview in a new tab, said in words beside the icon-only live preview toggle. */
export const PreviewButton = () => {
  const { previewURL } = useLivePreviewContext()
  if (!previewURL) return null
  return (
    <a className="btn btn--style-secondary btn--size-medium btn--withoutPopup mla-preview" href={previewURL} id="preview-button" target="_blank" rel="noopener">
      Preview
    </a>
  )
}
