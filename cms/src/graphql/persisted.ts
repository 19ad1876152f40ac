/**
 * Persisted queries (issue 16): the queries partners start from (the For developers page's quick
 * start and examples) and the site's own, each known by the SHA-256 of its text, can be run with GET,
 * so a partner's CDN or browser cache can keep the answer: `ETag`, `Cache-Control`, and a 304 for a
 * copy that is still current. A query that is not on the list is refused over GET, as every GET query
 * was before; POST still runs any query. Cost and every other rule apply as for POST, since a GET runs
 * through the same endpoint.
 *
 *   GET /api/graphql?id=<sha256>&variables=<JSON>
 *   GET /api/graphql?extensions={"persistedQuery":{"version":1,"sha256Hash":"<sha256>"}}   (Apollo's form)
 *   GET /api/graphql/persisted-queries.json   (the list: name, sha256, query)
 */
import { createHash } from 'node:crypto'

import { apiExamples, quickStartQuery } from '@made-in-la/shared/apiExamples'
import * as siteDocuments from '@made-in-la/shared/graphql'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { type DocumentNode, Kind, print } from 'graphql'

import { etagOf, stillCurrent } from './etag'
import { refusal } from './refusal'

type Handler = (request: Request) => Promise<Response>
export type PersistedQuery = { name: string; sha256: string; query: string }

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const isQueryDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' &&
  value !== null &&
  (value as DocumentNode).kind === Kind.DOCUMENT &&
  (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query')

export const persistedQueries: readonly PersistedQuery[] = [
  { name: 'quick-start', query: quickStartQuery },
  ...apiExamples.map(({ name, query }) => ({ name, query })),
  ...Object.entries(siteDocuments)
    .filter((entry): entry is [string, DocumentNode] => isQueryDocument(entry[1]))
    .map(([name, document]) => ({ name: name.replace(/Document$/, ''), query: print(document) })),
].map((entry) => ({ ...entry, sha256: sha256(entry.query) }))

const byHash = new Map(persistedQueries.map((entry) => [entry.sha256, entry]))

export const persistedQueriesPath = '/api/graphql/persisted-queries.json'

/** The list, for partners' code and caches (any origin may read it: rest/openReads.ts). */
export const servePersistedQueries = (_req: ExpressRequest, res: ExpressResponse) => {
  res.set('cache-control', 'public, max-age=300').json({ queries: persistedQueries })
}

const noStore = { 'cache-control': 'no-store' }

/** The query a GET names: `id`, or Apollo's `extensions.persistedQuery.sha256Hash`. */
const namedHash = (params: URLSearchParams) => {
  const id = params.get('id')
  if (id) return id
  try {
    const extensions = JSON.parse(params.get('extensions') ?? '{}') as { persistedQuery?: { sha256Hash?: unknown } }
    const hash = extensions.persistedQuery?.sha256Hash
    return typeof hash === 'string' ? hash : undefined
  } catch {
    return undefined
  }
}

const hasErrors = (body: string) => {
  try {
    return Boolean((JSON.parse(body) as { errors?: unknown }).errors)
  } catch {
    return true
  }
}

/** GET on the GraphQL endpoint: a persisted query, run as the POST `post` would run it. */
export const persistedQueryGet =
  (post: Handler): Handler =>
  async (request) => {
    const url = new URL(request.url)
    const params = url.searchParams
    if (params.has('query')) {
      return refusal(400, 'A query over GET must be a persisted one (its id); send any other query with POST.', 'PERSISTED_QUERY_REQUIRED', noStore)
    }
    const entry = byHash.get(namedHash(params) ?? '')
    if (!entry) {
      return refusal(400, `No persisted query has this id: the list is at ${persistedQueriesPath}.`, 'PERSISTED_QUERY_NOT_FOUND', noStore)
    }
    let variables: unknown
    try {
      variables = JSON.parse(params.get('variables') ?? '{}')
    } catch {
      return refusal(400, 'variables must be JSON.', 'BAD_REQUEST', noStore)
    }
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    for (const name of ['content-length', 'if-none-match', 'if-modified-since']) headers.delete(name)
    const answer = await post(new Request(`${url.origin}${url.pathname}`, { method: 'POST', headers, body: JSON.stringify({ query: entry.query, variables }) }))
    const body = await answer.text()
    const out = new Headers(answer.headers)
    for (const name of ['content-length', 'content-encoding']) out.delete(name)
    const personal = request.headers.has('authorization') || request.headers.has('x-preview-token') || request.headers.get('cookie')?.includes('payload-token')
    // An answer with errors (GraphQL over HTTP may send them with a 200) is never kept.
    const failed = answer.status !== 200 || hasErrors(body)
    if (failed || personal) {
      out.set('cache-control', personal ? 'private, no-store' : 'no-store')
      return new Response(body, { status: answer.status, headers: out })
    }
    const etag = etagOf(body)
    out.set('etag', etag)
    out.set('cache-control', 'public, max-age=60, stale-while-revalidate=300')
    if (stillCurrent(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: out })
    return new Response(body, { status: 200, headers: out })
  }
