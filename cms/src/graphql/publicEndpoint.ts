import { graphqlLimits } from './limits'

type Handler = (request: Request) => Promise<Response>

const errorResponse = (status: number, message: string): Response =>
  Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })

/** graphql-js 16 cannot turn off "Did you mean ...?" hints, which map a private schema for strangers. */
const withoutSuggestions = (body: { errors?: { message?: string }[] }) => {
  for (const error of body.errors ?? []) {
    if (error.message) error.message = error.message.replace(/\s*Did you mean .*\?$/s, '')
  }
  return body
}

/**
 * Wraps Payload's GraphQL handler with the checks graphql-http does not make:
 * one operation per request, a body size cap, and no schema hints in production.
 */
export const publicGraphqlEndpoint =
  (handler: Handler): Handler =>
  async (request) => {
    const declaredLength = Number(request.headers.get('content-length') ?? 0)
    if (declaredLength > graphqlLimits.maxBodyBytes) {
      return errorResponse(413, `Request body too large: GraphQL requests are limited to ${graphqlLimits.maxBodyBytes} bytes.`)
    }
    const text = await request.clone().text()
    if (text.length > graphqlLimits.maxBodyBytes) {
      return errorResponse(413, `Request body too large: GraphQL requests are limited to ${graphqlLimits.maxBodyBytes} bytes.`)
    }
    if (text.trimStart().startsWith('[')) {
      return errorResponse(400, 'Batched operations are not supported: send one operation per request.')
    }

    const response = await handler(request)
    if (process.env.NODE_ENV !== 'production') return response
    if (!response.headers.get('content-type')?.includes('json')) return response
    const body = withoutSuggestions(await response.json())
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return Response.json(body, { status: response.status, headers })
  }
