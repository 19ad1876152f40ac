import { z } from 'zod'

const request = z.object({
  // Payload's live preview names the document as "<collection>/<id>", and a global as "globals/<slug>".
  endpoint: z.string().max(200),
  token: z.string().max(2048),
  locale: z.enum(['en', 'es']).default('en'),
  data: z.record(z.string(), z.unknown()),
})

/** The previewed kind and document an endpoint names: a global is its own document. */
const documentOf = (endpoint: string) => {
  const [first = '', second = ''] = endpoint.split('/')
  const [kind, id] = first === 'globals' ? [second, second] : [first, second]
  if (!isPreviewKind(kind)) throw createError({ statusCode: 404, statusMessage: `Live preview is for ${previewKinds.join(', ')}.` })
  return { kind, id }
}

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
  const { kind, id } = documentOf(endpoint)
  checkPreviewLink(token, kind, id)
  if (!acceptedBefore(token)) await limitLookups(event, 'preview requests')
  return readLivePreview(kind, id, token, locale, data)
})
