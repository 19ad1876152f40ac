import pLimit from 'p-limit'

import { adminOrigins } from '../adminOrigins'
import { env } from '../env'
import { limitMessage } from '../limitMessage'
import { charge, type Limit, minimumGraphqlCost, rateLimitHeaders, rateLimits, tooManyMessage } from '../rateLimits'
import { isSiteKey } from '../siteAccount'
import { operationCost, selectedOperation } from './cost'
import { parseOnce } from './handler'
import { answerKey, keepAnswer, keptAnswer } from './responseCache'
import { graphqlLimits } from './limits'
import { refusal } from './refusal'

type Handler = (request: Request) => Promise<Response>

/**
 * At most `GRAPHQL_CONCURRENCY` (2) operations execute at once in a CMS process; the rest wait their
 * turn without holding the event loop. Payload builds and runs each query on the one thread (the
 * embedded database answers synchronously), so eight heavy queries at once would otherwise keep
 * /healthz, the admin and everything else waiting for all of them. One gate per process, shared by
 * server.ts and Next's bundle.
 */
const shared = globalThis as typeof globalThis & { madeInLaGraphqlGate?: ReturnType<typeof pLimit> }
const gate = (shared.madeInLaGraphqlGate ??= pLimit(env.GRAPHQL_CONCURRENCY))

/** Payload's sign-in mutations: each is an attempt, counted with REST sign-ins, one per request. */
const signInFields = new Set(['loginUser', 'forgotPasswordUser', 'resetPasswordUser', 'unlockUser'])

/** What the request will cost and how many sign-in attempts it makes; bodies GraphQL refuses cost the minimum. */
const priceOf = (text: string) => {
  const none = { cost: minimumGraphqlCost, signIns: 0, isQuery: false, isMutation: false, isSubscription: false, malformed: false }
  let body: { query?: unknown; variables?: unknown; operationName?: unknown }
  try {
    body = JSON.parse(text) ?? {}
  } catch {
    return { ...none, malformed: true }
  }
  try {
    const { query, variables, operationName } = body
    if (typeof query !== 'string') return none
    const document = parseOnce(query)
    const operation = selectedOperation(document, typeof operationName === 'string' ? operationName : undefined)
    if (!operation) return none
    const given = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {}
    const cost = Math.min(graphqlLimits.maxCost, Math.max(minimumGraphqlCost, operationCost(document, operation, given)))
    const signIns =
      operation.operation === 'mutation'
        ? operation.selectionSet.selections.filter((selection) => selection.kind === 'Field' && signInFields.has(selection.name.value)).length
        : 0
    return {
      ...none,
      cost,
      signIns,
      isQuery: operation.operation === 'query',
      isMutation: operation.operation === 'mutation',
      isSubscription: operation.operation === 'subscription',
    }
  } catch {
    return none
  }
}

/**
 * In production, messages that would map a private schema or the limits for strangers are cut:
 * graphql-js 16 cannot turn off "Did you mean ...?" hints, and Payload's complexity rule names its
 * maximum and the query's complexity.
 */
const complexityMessage = /^The query exceeds the maximum complexity of \d+\. Actual complexity is \d+$/
const forProductionText = (text: string) => {
  if (!env.production || !(text.includes('Did you mean') || text.includes('maximum complexity'))) return text
  const body = JSON.parse(text) as { errors?: { message?: string }[] }
  for (const error of body.errors ?? []) {
    if (!error.message) continue
    error.message = complexityMessage.test(error.message)
      ? 'Query refused: more complex than this API allows.'
      : error.message.replace(/\s*Did you mean .*\?$/s, '')
  }
  return JSON.stringify(body)
}

/**
 * Wraps Payload's GraphQL handler with the checks graphql-http does not make:
 * one operation per request, a body size cap, and no schema hints or limits in production.
 */
/** Who a partner key names (collections/Partners/keys.ts), given by the route that has the config. */
type Partners = { byKey: (key: string) => Promise<{ id: string; limit: Limit } | undefined>; count: (id: string, points: number) => void }

export const publicGraphqlEndpoint =
  (handler: Handler, partners?: Partners): Handler =>
  async (request) => {
    const tooLarge = () =>
      refusal(
        413,
        limitMessage({
          production: 'Request body too large for a GraphQL request.',
          withNumbers: `Request body too large: GraphQL requests are limited to ${graphqlLimits.maxBodyBytes} bytes.`,
        }),
        'BODY_TOO_LARGE',
        undefined,
        'maxBodyBytes',
      )
    if (Number(request.headers.get('content-length') ?? 0) > graphqlLimits.maxBodyBytes) return tooLarge()
    const text = await request.clone().text()
    if (text.length > graphqlLimits.maxBodyBytes) return tooLarge()
    if (text.trimStart().startsWith('[')) {
      return refusal(400, 'Batched operations are not supported: send one operation per request.', 'BATCH_NOT_SUPPORTED')
    }

    // Points per minute by cost: the site's own reads from their budget, everyone else's per address.
    const { cost, signIns, isQuery, isMutation, isSubscription, malformed } = priceOf(text)
    if (malformed) return refusal(400, 'The request body is not valid JSON.', 'BAD_REQUEST')
    if (isSubscription) return refusal(400, 'Subscriptions are not served over HTTP: send a query or a mutation.', 'SUBSCRIPTION_NOT_SUPPORTED')
    // Reads are open to every site's pages (rest/openReads.ts); writes only to the admin's and to servers.
    const origin = request.headers.get('origin')
    if (isMutation && origin && !adminOrigins.includes(origin)) {
      return refusal(403, 'Mutations are not open to pages of other sites: the public API is for reading.', 'CROSS_ORIGIN_WRITE')
    }
    const client = request.headers.get('x-client-address') ?? 'unknown'
    // A partner's key: its own budget, at its quota, whatever address it comes from.
    const partnerKey = request.headers.get('x-partner-key')
    const partner = partnerKey && partners ? await partners.byKey(partnerKey) : undefined
    if (partnerKey && !partner) return refusal(401, 'This partner key is not known or no longer active.', 'PARTNER_KEY_INVALID')
    const budget = partner ? partner.limit : isSiteKey(request.headers.get('authorization')) ? rateLimits.siteGraphql : rateLimits.graphql
    const { state, refused } = await charge(budget, partner ? partner.id : budget === rateLimits.siteGraphql ? 'site' : client, cost)
    if (partner) partners!.count(partner.id, refused ? 0 : cost)
    const limitHeaders = rateLimitHeaders(budget, state, refused)
    if (refused) {
      const message = limitMessage({
        production: 'Too many GraphQL requests from this address: this query costs more points than are left this minute (see the RateLimit headers).',
        withNumbers: `Too many GraphQL requests from this address: this query costs ${cost} points, and ${budget.quota} points are available each minute.`,
      })
      return refusal(429, message, 'RATE_LIMITED', limitHeaders, 'pointsPerMinute')
    }
    if (signIns > 1) return refusal(400, 'One sign-in per request: send each attempt on its own.', 'ONE_SIGN_IN_PER_REQUEST', limitHeaders, 'signInsPerRequest')
    if (signIns === 1) {
      const attempt = await charge(rateLimits.login, client)
      if (attempt.refused) {
        return refusal(
          429,
          tooManyMessage('sign-in and password-reset attempts'),
          'RATE_LIMITED',
          rateLimitHeaders(rateLimits.login, attempt.state, true),
          'signInsPerMinute',
        )
      }
    }

    // Anonymous reads: the same text and variables answer the same to everyone (responseCache.ts).
    const anonymous =
      isQuery && !request.headers.get('authorization') && !request.headers.get('x-preview-token') && !request.headers.get('cookie')?.includes('payload-token')
    const key = anonymous ? answerKey(text, new URL(request.url).search) : undefined
    const kept = key ? keptAnswer(key) : undefined
    if (kept) return new Response(kept.body, { status: kept.status, headers: { 'content-type': kept.contentType, ...limitHeaders } })

    // Each turn starts after the event loop has had its own (setImmediate): with the embedded database
    // an operation runs as one unbroken chain of promises, and the next in line would otherwise start
    // before any waiting request (a health check) is even read.
    const response = await gate(async () => {
      await new Promise((resolve) => setImmediate(resolve))
      return handler(request)
    })
    const headers = new Headers(response.headers)
    for (const [name, value] of Object.entries(limitHeaders)) headers.set(name, value)
    if (!response.headers.get('content-type')?.includes('json')) return new Response(response.body, { status: response.status, headers })
    const body = forProductionText(await response.text())
    if (key) keepAnswer(key, { body, status: response.status, contentType: response.headers.get('content-type') ?? 'application/json' })
    headers.delete('content-length')
    return new Response(body, { status: response.status, headers })
  }
