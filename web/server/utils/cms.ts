import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { type DocumentNode, print } from 'graphql'

/**
 * Runs one typed GraphQL document against the CMS. A short timeout and a circuit breaker keep an
 * outage from stalling every request: while the breaker is open, calls fail at once and the
 * caches in front of this serve their last good copy.
 */
const breaker = { failures: 0, openUntil: 0 }
const failureThreshold = 3
const openForMs = 10_000

export class CmsUnavailableError extends Error {}

/** The CMS has just spoken to us (a revalidation call): it is up, so close the breaker. */
export const resetCmsCircuit = () => {
  breaker.failures = 0
  breaker.openUntil = 0
}

const recordFailure = () => {
  breaker.failures += 1
  if (breaker.failures >= failureThreshold) breaker.openUntil = Date.now() + openForMs
}

// Each document printed once, not on every read.
const printedDocuments = new WeakMap<object, string>()
const printed = (document: DocumentNode) => {
  let text = printedDocuments.get(document)
  if (!text) printedDocuments.set(document, (text = print(document)))
  return text
}

export const cmsQuery = async <Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  // A draft preview's link token (X-Preview-Token), for the one read that shows it.
  headers: Record<string, string> = {},
): Promise<Result> => {
  const { NUXT_CMS_URL: cmsUrl, NUXT_CMS_TIMEOUT_MS: cmsTimeoutMs, NUXT_CMS_API_KEY: cmsApiKey } = siteEnv
  if (Date.now() < breaker.openUntil) throw new CmsUnavailableError('CMS unavailable (circuit open)')

  let response: Response
  try {
    response = await fetch(`${cmsUrl}/api/graphql`, {
      method: 'POST',
      // As the site's service account: the CMS budgets the site's reads apart from the public limit,
      // and the account reads exactly what anonymous readers do.
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(cmsApiKey ? { authorization: `users API-Key ${cmsApiKey}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: printed(document), variables }),
      signal: AbortSignal.timeout(cmsTimeoutMs),
    })
  } catch (error) {
    recordFailure()
    throw new CmsUnavailableError(`CMS unreachable: ${(error as Error).message}`)
  }
  if (response.status >= 500) {
    recordFailure()
    throw new CmsUnavailableError(`CMS answered ${response.status}`)
  }
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] }
  breaker.failures = 0
  breaker.openUntil = 0
  if (body.errors?.length || !body.data) {
    throw createError({ statusCode: 502, statusMessage: `CMS query failed: ${body.errors?.[0]?.message ?? 'no data'}` })
  }
  return body.data
}

/** Caches a CMS read: fresh for a minute, then served stale while it refreshes, and kept when the CMS fails. */
export const cachedCmsQuery = <Args extends unknown[], Result>(name: string, fn: (...args: Args) => Promise<Result>) =>
  defineCachedFunction(fn, {
    name,
    group: 'cms',
    maxAge: 60,
    swr: true,
    staleMaxAge: -1,
    getKey: (...args: Args) => JSON.stringify(args),
  })

/** POSTs JSON to a CMS REST path as the site's service account; the caller reads the response. */
export const cmsPost = (path: string, body: unknown) => {
  const { NUXT_CMS_URL: cmsUrl, NUXT_CMS_API_KEY: cmsApiKey, NUXT_CMS_TIMEOUT_MS: cmsTimeoutMs } = siteEnv
  return fetch(`${cmsUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `users API-Key ${cmsApiKey}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(cmsTimeoutMs),
  })
}
