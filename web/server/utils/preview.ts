import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { PreviewPageDocument, PreviewPostDocument, PreviewScreeningDocument } from '@made-in-la/shared/graphql'
import { toPublishedScreening } from '@made-in-la/shared/published'

const denied = () => createError({ statusCode: 403, statusMessage: 'This preview link is invalid or has expired: open Preview again from the admin.' })

/** A preview link's token and document id, as they may be: anything else is refused before the CMS is asked. */
export const checkPreviewLink = (token: unknown, id: string): token is string => {
  if (typeof token !== 'string' || token.length === 0 || token.length > 2048 || !/^[\w-]{1,64}$/.test(id)) throw denied()
  return true
}

/**
 * Where the admin runs: the only origins whose frames and live-preview messages the preview page
 * accepts. Unconfigured, a CMS on this machine is opened under either local name (as the CMS's own
 * list of admin origins says).
 */
export const adminOrigins = (): string[] => {
  if (siteEnv.NUXT_CMS_ADMIN_URL) return [new URL(siteEnv.NUXT_CMS_ADMIN_URL).origin]
  const url = new URL(siteEnv.NUXT_CMS_URL)
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') return [url.origin]
  return ['127.0.0.1', 'localhost'].map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`)
}

/**
 * The latest draft of one document, read as the public views read, with the link's signed token in
 * X-Preview-Token. The CMS's read access opens that one document's draft when the token is genuine,
 * unexpired and names it, and nothing otherwise.
 */
export const readPreview = async (collection: string | undefined, id: string, token: string, locale: ReturnType<typeof localeOf>) => {
  // An answer without the document (not found, or not for this link) is a refusal; an outage is not.
  const draft = <Result, Variables extends Record<string, unknown>>(document: TypedDocumentNode<Result, Variables>, variables: Variables) =>
    cmsQuery(document, variables, { 'x-preview-token': token }).catch((error) => {
      if (error instanceof CmsUnavailableError) throw error
      return null
    })
  // `id` at the top: Payload's live preview names the document it merges into by it.
  const view = { id, adminOrigins: adminOrigins() }

  switch (collection) {
    case 'posts': {
      const post = (await draft(PreviewPostDocument, { id, locale }))?.Post
      if (!post) throw denied()
      return { ...view, kind: 'posts' as const, post: { ...post, comments: [] } }
    }
    case 'pages': {
      const page = (await draft(PreviewPageDocument, { id, locale }))?.Page
      if (!page) throw denied()
      return { ...view, kind: 'pages' as const, page: await pageView(locale, page) }
    }
    case 'screenings': {
      const PreviewScreening = (await draft(PreviewScreeningDocument, { id, locale }))?.Screening
      if (!PreviewScreening) throw denied()
      const screening = toPublishedScreening(PreviewScreening)
      if (!screening) {
        throw createError({
          statusCode: 422,
          statusMessage: 'This draft cannot be shown yet: give it a title, a date, a time zone and a venue with its city and country.',
        })
      }
      return { ...view, kind: 'screenings' as const, screening }
    }
    default:
      throw createError({ statusCode: 404, statusMessage: 'Nothing to preview here' })
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * The draft as the site reads it (GraphQL), with each field the editor's form sent replaced by its
 * unsaved value as the CMS merged it (Payload's REST shape, relationships filled in): objects field
 * by field, lists and values whole. Fields the form did not send keep the draft's (the merge returns
 * those as stored, every language at once).
 */
export const overlay = <T>(base: T, merged: unknown, sent: unknown): T => {
  if (!isPlainObject(base) || !isPlainObject(merged) || !isPlainObject(sent)) return base
  const result: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(base)) {
    if (!(key in sent) || !(key in merged)) continue
    result[key] = isPlainObject(value) && isPlainObject(merged[key]) ? overlay(value, merged[key], sent[key]) : merged[key]
  }
  return result as T
}

/**
 * The editor's unsaved form, merged by the CMS into the draft it would become (relationships filled
 * in), as the preview link's token allows: Payload's live-preview read, a POST marked as a GET.
 */
export const mergeUnsaved = async (collection: string, id: string, token: string, locale: ReturnType<typeof localeOf>, data: unknown) => {
  const { NUXT_CMS_URL: cmsUrl, NUXT_CMS_TIMEOUT_MS: timeout, NUXT_CMS_API_KEY: apiKey } = siteEnv
  // Everything in the body: Payload appends `?locale=` from it to the URL it reads as a GET.
  const response = await fetch(`${cmsUrl}/api/${collection}/${encodeURIComponent(id)}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-payload-http-method-override': 'GET',
      'x-preview-token': token,
      ...(apiKey ? { authorization: `users API-Key ${apiKey}` } : {}),
    },
    // Not `draft`: Payload would replace the unsaved form with the stored draft.
    body: JSON.stringify({ data, depth: 1, flattenLocales: false, locale }),
    signal: AbortSignal.timeout(timeout),
  }).catch((error: Error) => {
    throw new CmsUnavailableError(`CMS unreachable: ${error.message}`)
  })
  if (response.status === 401 || response.status === 403 || response.status === 404) throw denied()
  if (!response.ok) throw createError({ statusCode: 502, statusMessage: `The CMS could not merge the unsaved changes (${response.status}).` })
  return (await response.json()) as Record<string, unknown>
}
