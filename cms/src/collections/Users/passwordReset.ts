import type { GraphQLFieldConfig } from 'graphql'
import { addDataAndFileToRequest, APIError, type Endpoint, headersWithCors, type PayloadRequest } from 'payload'

/** Long enough for the answer to be written first, short enough that the email is not noticeably later. */
const answerFirstMs = 100

/**
 * A forgotten-password request is answered at once, and alike, whether or not the address has an
 * account: Payload's own operation (saving the token, sending the email) runs afterwards, off the
 * request path. Run inside the request, an SMTP exchange for a real account took far longer than
 * finding nobody, and so said who is on the team. Failures go to the log.
 */
const startPasswordReset = (req: PayloadRequest, email: unknown) => {
  if (typeof email !== 'string' || email.trim() === '') throw new APIError('email is required to reset a password.', 400, undefined, true)
  const { payload } = req
  // The request's headers and language: the link's origin is checked against the admin's own, and the
  // email is written in the language of the admin that asked.
  const background: Partial<PayloadRequest> = { headers: req.headers, url: req.url, i18n: req.i18n, locale: req.locale }
  // After the answer has gone out: started at once, the work would hold the one thread before the
  // answer is written, and a real account's would still come later. (Next's `after` cannot be loaded
  // by server.ts, which shares this module.)
  setTimeout(() => {
    payload
      .forgotPassword({ collection: 'users', data: { email }, req: background })
      .catch((error: unknown) => payload.logger.error({ err: error }, 'password reset email failed'))
  }, answerFirstMs)
}

/** `POST /api/users/forgot-password`, in place of Payload's (a collection's own endpoints come first). */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    startPasswordReset(req, req.data?.email)
    return Response.json({ message: req.t('general:success') }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}

type Context = { req: PayloadRequest }

/** GraphQL's `forgotPasswordUser`, with Payload's arguments and answer (`true`), started the same way. */
export const forgotPasswordMutation = (mutations: { fields: Record<string, GraphQLFieldConfig<unknown, Context>> }) => {
  const payloads = mutations.fields.forgotPasswordUser
  if (!payloads) throw new Error('Payload no longer defines forgotPasswordUser.')
  return {
    forgotPasswordUser: {
      ...payloads,
      resolve: (_source: unknown, args: { email?: unknown }, context: Context) => {
        startPasswordReset(context.req, args.email)
        return true
      },
    },
  }
}
