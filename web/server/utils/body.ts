import type { H3Event } from 'h3'

/**
 * A small request body, counted in bytes as it arrives (a chunked body has no Content-Length to
 * trust), then read as JSON or as a form post: 413 past `maxBytes`, 415 for any other type, 400 for
 * JSON that is not an object.
 */
export const readSmallBody = async (event: H3Event, maxBytes: number): Promise<Record<string, unknown>> => {
  const tooLarge = () => createError({ statusCode: 413, statusMessage: `Submissions are limited to ${maxBytes / 1024} KB.` })
  if (Number(getHeader(event, 'content-length') ?? 0) > maxBytes) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of event.node.req) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw tooLarge()
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (!text.trim()) return {}
  const type = (getHeader(event, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text))
  if (type !== 'application/json') {
    throw createError({ statusCode: 415, statusMessage: 'Send application/json, or a form post (application/x-www-form-urlencoded).' })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'The body is not valid JSON.' })
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw createError({ statusCode: 400, statusMessage: 'The body must be a JSON object.' })
  return parsed as Record<string, unknown>
}
