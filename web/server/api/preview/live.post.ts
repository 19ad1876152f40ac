import { z } from 'zod'

const livePreviewCollections = ['posts'] as const

const request = z.object({
  // Payload's live preview names the document as "<collection>/<id>".
  endpoint: z.string().max(200),
  token: z.string().max(2048),
  locale: z.enum(['en', 'es']).default('en'),
  data: z.record(z.string(), z.unknown()),
})

/**
 * Live preview (issue 15): each change the editor makes beside the preview arrives here from the
 * preview page, and goes back as the page's view of the draft with the unsaved values in it. Read
 * with the preview link's token, like Preview: nothing is stored, cached or indexed.
 */
export default defineEventHandler(async (event) => {
  // A post's rich text is larger than a form's fields; still bounded as it arrives.
  const parsed = request.safeParse(await readSmallBody(event, 256 * 1024))
  if (!parsed.success)
    throw createError({
      statusCode: 400,
      statusMessage: `Live preview: ${parsed.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ')} missing or malformed.`,
    })
  const { endpoint, token, locale, data } = parsed.data
  const [collection, id = ''] = endpoint.split('/')
  if (!livePreviewCollections.includes(collection as never)) throw createError({ statusCode: 404, statusMessage: 'Live preview is for posts.' })
  checkPreviewLink(token, id)
  const [view, unsaved] = await Promise.all([readPreview(collection, id, token, locale), mergeUnsaved(collection!, id, token, locale, data)])
  if (view.kind !== 'posts') throw createError({ statusCode: 404, statusMessage: 'Live preview is for posts.' })
  return { ...view, post: overlay(view.post, unsaved, data) }
})
