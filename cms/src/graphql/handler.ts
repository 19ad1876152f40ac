import { configToSchema } from '@payloadcms/graphql'
import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, type Source, specifiedRules, validate, type ValidationRule } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { LRUCache } from 'lru-cache'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type SanitizedConfig,
  unlinkClientUploadTempFile,
} from 'payload'

import { documentValidationRules, withCode, withValidationCode } from './validationRules'

/**
 * The GraphQL endpoint: Payload's own handler (@payloadcms/next routes/graphql), with the work that
 * depends only on the query text done once per distinct text rather than on every request: parsing,
 * and graphql-js's rules with the depth, alias and token limits. Partners send the same few queries
 * again and again. What depends on the request (variables, the cost, `limit`, Payload's complexity
 * and introspection rules) is still checked every time.
 */
const documents = new LRUCache<string, DocumentNode>({ max: 1000, maxSize: 2_000_000, sizeCalculation: (_document, query) => query.length + 1 })
const documentErrors = new WeakMap<DocumentNode, readonly GraphQLError[]>()

/** The parsed query, the same object for the same text (parse errors are thrown, as graphql-js does). */
export const parseOnce = (source: string | Source): DocumentNode => {
  if (typeof source !== 'string') return parse(source)
  let document = documents.get(source)
  if (!document) {
    try {
      document = parse(source)
    } catch (error) {
      throw error instanceof GraphQLError ? withCode(error, 'GRAPHQL_PARSE_FAILED') : error
    }
    documents.set(source, document)
  }
  return document
}

const validateOnce = (schema: GraphQLSchema, document: DocumentNode, requestRules: readonly ValidationRule[] = []) => {
  let errors = documentErrors.get(document)
  if (!errors) documentErrors.set(document, (errors = validate(schema, document, [...specifiedRules, ...documentValidationRules()]).map(withValidationCode)))
  if (errors.length) return errors
  return validate(schema, document, requestRules).map(withValidationCode)
}

type Graphql = { schema: GraphQLSchema; validationRules: (args: unknown) => ValidationRule[] }
let graphql: Promise<Graphql> | undefined
// Built once per process, as Payload's route does (its types are too deep for the checker here).
const buildSchema = configToSchema as unknown as (config: SanitizedConfig) => Graphql
const schemaOf = (config: Promise<SanitizedConfig> | SanitizedConfig) => (graphql ??= (async () => buildSchema(await config))())

/** The code of an error raised while the operation ran, from its status: a client's mistake is never a 500. */
const codeOfStatus = (status: number) =>
  ({ 400: 'BAD_USER_INPUT', 401: 'SIGN_IN_REQUIRED', 403: 'ACCESS_DENIED', 404: 'NOT_FOUND', 413: 'BODY_TOO_LARGE', 429: 'RATE_LIMITED' })[status] ??
  'INTERNAL_SERVER_ERROR'

type ErrorResponse = { message: string; extensions?: Record<string, unknown>; locations?: unknown; path?: unknown }

export const graphqlPost =
  (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  async (request: Request): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      const { schema, validationRules } = await schemaOf(config)
      const headers: Record<string, string> = {}
      const apiResponse = await createHandler({
        schema,
        context: { headers, req },
        parse: parseOnce,
        validate: validateOnce,
        // Payload's per-request rules (complexity, no introspection) and ours (cost, `limit`).
        validationRules: (_request, args) => validationRules(args),
        onOperation: async (request, args, result) => {
          const extended = typeof payload.extensions === 'function' ? await payload.extensions({ args, req: request, result } as never) : result
          if (!extended.errors || !result.errors) return extended
          // As Payload does: log each error, hide the text of internal ones, run the afterError hooks.
          const errors = await Promise.all(
            result.errors.map(async (error) => {
              const status = (error.originalError as { status?: number } | undefined)?.status ?? 500
              logError({ err: error, payload })
              let formatted: ErrorResponse = {
                message: !payload.config.debug && status === 500 ? 'Something went wrong.' : error.message,
                locations: error.locations,
                path: error.path,
                extensions: {
                  code: error.extensions.code ?? codeOfStatus(status),
                  name: error.originalError?.name || undefined,
                  data: (error.originalError as { data?: unknown } | undefined)?.data,
                  statusCode: status,
                },
              }
              for (const hook of payload.config.hooks.afterError ?? []) {
                const changed = await hook({ context: req.context, error, graphqlResult: formatted, req } as never)
                if (changed && typeof changed === 'object' && 'graphqlResult' in changed && changed.graphqlResult)
                  formatted = changed.graphqlResult as ErrorResponse
              }
              return formatted
            }),
          )
          return { ...extended, errors } as never
        },
      })(originalRequest)
      const responseHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
      for (const [name, value] of Object.entries(headers)) responseHeaders.append(name, value)
      return new Response(apiResponse.body, {
        headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, responseHeaders) : responseHeaders,
        status: apiResponse.status,
      })
    } finally {
      await unlinkClientUploadTempFile({ req })
    }
  }
