import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import {
  PreviewDvdDocument,
  PreviewHomePageDocument,
  PreviewPageDocument,
  type PreviewPageQuery,
  PreviewPostDocument,
  PreviewScreeningDocument,
} from '@made-in-la/shared/graphql'
import { toPublishedDvd, toPublishedScreening } from '@made-in-la/shared/published'

import type { SiteLocale } from './locale'

const denied = () => createError({ statusCode: 403, statusMessage: 'This preview link is invalid or has expired: open Preview again from the admin.' })

/**
 * What a preview token says about itself, unverified: the CMS signs `<claims>.<signature>`, the claims
 * (base64url JSON) naming the kind of document, the document and the expiry (cms/src/signedLinks.ts).
 * The key is the CMS's alone, so only the CMS can tell a genuine token from a forged one.
 */
const statedClaims = (token: string): Record<string, unknown> | null => {
  const parts = /^([\w-]{1,2000})\.([\w-]{43})$/.exec(token)
  if (!parts) return null
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/**
 * A preview link's token as it may be: one that says it is for this document and has not expired.
 * Anything else (garbage, another document's link, a stale tab's) is refused before the CMS is asked.
 */
export const checkPreviewLink = (token: unknown, kind: PreviewKind, id: string): string => {
  if (typeof token !== 'string' || token.length > 2048 || !/^[\w-]{1,64}$/.test(id)) throw denied()
  const claims = statedClaims(token)
  if (claims?.c !== kind || claims.id !== id || typeof claims.exp !== 'number' || claims.exp < Date.now()) throw denied()
  return token
}

/**
 * Links the CMS has accepted, until they expire (a bounded number, in this process): reading with one
 * again spends no visitor's budget, so an editor typing beside the live preview is never limited, while
 * a link the CMS has not vouched for counts against its sender's (utils/rateLimits.ts).
 */
const acceptedLinks = new Map<string, number>()
const rememberAccepted = (token: string) => {
  const expiry = statedClaims(token)?.exp
  if (typeof expiry !== 'number') return
  if (acceptedLinks.size >= 1000) acceptedLinks.delete(acceptedLinks.keys().next().value!)
  acceptedLinks.set(token, expiry)
}
export const acceptedBefore = (token: string) => (acceptedLinks.get(token) ?? 0) > Date.now()

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

/** The collections and globals the admin previews, by the name in a preview link's path. */
export const previewKinds = ['posts', 'pages', 'screenings', 'dvds', 'home-page'] as const
export type PreviewKind = (typeof previewKinds)[number]
export const isPreviewKind = (kind: string | undefined): kind is PreviewKind => previewKinds.some((name) => name === kind)

/**
 * The latest draft of one document as the site reads it (GraphQL), with the link's signed token in
 * X-Preview-Token. The CMS's read access opens that one document's draft when the token is genuine,
 * unexpired and names it, and nothing otherwise. The home page (a global, without drafts) is read as
 * stored, and only with a genuine token for it.
 */
export const readDraft = async (kind: string | undefined, id: string, token: string, locale: SiteLocale) => {
  // An answer without the document (not found, or not for this link) is a refusal; an outage is not.
  const draft = <Result, Variables extends Record<string, unknown>>(document: TypedDocumentNode<Result, Variables>, variables: Variables) =>
    cmsQuery(document, variables, { 'x-preview-token': token }).catch((error) => {
      if (error instanceof CmsUnavailableError) throw error
      return null
    })
  const found = <Doc>(doc: Doc | null | undefined): Doc => {
    if (!doc) throw denied()
    rememberAccepted(token)
    return doc
  }

  switch (kind) {
    case 'posts':
      return { kind, doc: found((await draft(PreviewPostDocument, { id, locale }))?.Post) }
    case 'pages':
      return { kind, doc: found((await draft(PreviewPageDocument, { id, locale }))?.Page) }
    case 'screenings':
      return { kind, doc: found((await draft(PreviewScreeningDocument, { id, locale }))?.Screening) }
    case 'dvds':
      return { kind, doc: found((await draft(PreviewDvdDocument, { id, locale }))?.Dvd) }
    case 'home-page':
      if (id !== kind) throw denied()
      return { kind, doc: found((await draft(PreviewHomePageDocument, { locale }))?.HomePage) }
    default:
      throw createError({ statusCode: 404, statusMessage: 'Nothing to preview here' })
  }
}
type Draft = Awaited<ReturnType<typeof readDraft>>

/**
 * A draft as its page shows it: the page's own view of the document, and for the home page and a
 * DVD edition, the lists around it read as the public reads them (the edition in its place among
 * the published ones).
 */
const viewOf = async (draft: Draft, locale: SiteLocale) => {
  switch (draft.kind) {
    case 'posts':
      return { kind: draft.kind, post: { ...draft.doc, comments: [] } }
    case 'pages':
      return { kind: draft.kind, page: await pageView(locale, draft.doc) }
    case 'screenings': {
      const screening = toPublishedScreening(draft.doc)
      if (!screening) {
        throw createError({
          statusCode: 422,
          statusMessage: 'This draft cannot be shown yet: give it a title, a date, a time zone and a venue with its city and country.',
        })
      }
      return { kind: draft.kind, screening }
    }
    case 'dvds': {
      const edition = toPublishedDvd(draft.doc)
      if (!edition) throw createError({ statusCode: 422, statusMessage: 'This draft cannot be shown yet: give it a title and a price.' })
      const others = (await fetchDvds(locale)).filter((other) => other.id !== edition.id)
      const editions = [...others, edition].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0))
      return { kind: draft.kind, editions, edition: edition.id }
    }
    case 'home-page':
      return { kind: draft.kind, home: homeView({ ...(await fetchHomePage(locale)), HomePage: draft.doc }) }
  }
}

/** Preview (and live preview's first state): the latest draft as its page will show it once published. */
export const readPreview = async (kind: string | undefined, id: string, token: string, locale: SiteLocale) => ({
  // `id` at the top: Payload's live preview names the document it merges into by it.
  id,
  adminOrigins: adminOrigins(),
  ...(await viewOf(await readDraft(kind, id, token, locale), locale)),
})

/**
 * GraphQL names each kind of block a page is built from; Payload's REST, which merges the editor's
 * unsaved form, gives only its `blockType`. Checked against the generated types: a block that is not
 * named here fails the type check.
 */
const blockTypenames = {
  hero: 'HeroBlock',
  content: 'ContentBlock',
  videoEmbed: 'VideoEmbedBlock',
  callToAction: 'CallToActionBlock',
  mediaBlock: 'MediaBlock',
  people: 'PeopleBlock',
  awards: 'AwardsBlock',
  resources: 'ResourcesBlock',
  screeningKit: 'ScreeningKitBlock',
  pressCoverage: 'PressCoverageBlock',
  form: 'FormBlock',
} as const satisfies Record<string, BlockTypename>
type BlockTypename = NonNullable<NonNullable<PreviewPageQuery['Page']>['layout']>[number]['__typename']
// Fails to compile when GraphQL names a kind of block that the map above leaves out.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const everyBlockNamed: [Exclude<BlockTypename, (typeof blockTypenames)[keyof typeof blockTypenames]>] extends [never] ? true : never = true

const namedBlocks = (layout: unknown) =>
  Array.isArray(layout)
    ? layout.flatMap((block: { blockType?: string }) => {
        const __typename = blockTypenames[block?.blockType as keyof typeof blockTypenames]
        return __typename ? [{ ...block, __typename }] : []
      })
    : layout

/** The draft with the editor's unsaved form laid over it (see overlay), in the draft's own shape. */
const withUnsaved = (draft: Draft, merged: unknown, sent: unknown): Draft => {
  if (draft.kind !== 'pages') return { ...draft, doc: overlay(draft.doc, merged, sent) } as Draft
  const page = overlay(draft.doc, merged, sent)
  return { kind: draft.kind, doc: { ...page, layout: namedBlocks(page.layout) as typeof page.layout } }
}

/** Live preview: the draft as its page shows it, with the editor's unsaved form in it. */
export const readLivePreview = async (kind: PreviewKind, id: string, token: string, locale: SiteLocale, data: Record<string, unknown>) => {
  // A link the CMS has not accepted yet is tried with the small read first: a forged one never gets
  // its (up to 256 KB) form sent on to the CMS.
  const [draft, merged] = acceptedBefore(token)
    ? await Promise.all([readDraft(kind, id, token, locale), mergeUnsaved(kind, id, token, locale, data)])
    : [await readDraft(kind, id, token, locale), await mergeUnsaved(kind, id, token, locale, data)]
  return { id, adminOrigins: adminOrigins(), ...(await viewOf(withUnsaved(draft, merged, data), locale)) }
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
export const mergeUnsaved = async (kind: PreviewKind, id: string, token: string, locale: SiteLocale, data: unknown) => {
  const { NUXT_CMS_URL: cmsUrl, NUXT_CMS_TIMEOUT_MS: timeout, NUXT_CMS_API_KEY: apiKey } = siteEnv
  // Everything in the body: Payload appends `?locale=` from it to the URL it reads as a GET.
  const endpoint = kind === 'home-page' ? `globals/${kind}` : `${kind}/${encodeURIComponent(id)}`
  const response = await fetch(`${cmsUrl}/api/${endpoint}`, {
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
