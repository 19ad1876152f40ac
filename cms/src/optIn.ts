import type { Endpoint, PayloadRequest } from 'payload'

import { env } from './env'
import { type LinkSettings, signToken, sitePath, verifyToken } from './signedLinks'

/**
 * Double opt-in, for the updates list (subscribers) and screening alerts (screening-alerts): a new
 * entry is "pending" and gets one email, in its language, with a link to confirm and one to
 * unsubscribe. The links open the site, which asks the visitor to press a button (so mail scanners
 * that follow links confirm nothing) and then posts the link's token to the list's `/confirm` or
 * `/unsubscribe` endpoint. A confirmation link lasts a week; an unsubscribe link, a year.
 */
export type OptInList = 'subscribers' | 'screening-alerts'
export type OptInAction = 'confirm' | 'unsubscribe'

const day = 24 * 60 * 60_000
const lifetimes = { confirm: 7 * day, unsubscribe: 365 * day } as const
// The updates list's links predate alerts: their purpose stays what it was, so they keep working.
const purposeOf = (list: OptInList, action: OptInAction) => (list === 'subscribers' ? `subscription-${action}` : `${list}-${action}`)

export const optInLink = (
  list: OptInList,
  action: OptInAction,
  entry: { id: string | number; locale?: string | null },
  now = Date.now(),
  settings: LinkSettings = env,
) =>
  sitePath(
    `/subscription/${action}?token=${signToken(purposeOf(list, action), { id: String(entry.id) }, lifetimes[action], now, settings)}${list === 'subscribers' ? '' : '&list=alerts'}`,
    entry.locale,
    settings,
  )

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/<list>/confirm` and `/unsubscribe` with `{ "token": "..." }` from the email: the entry's
 * status after it, or a 404 for a link that is forged, expired or for someone no longer there. The
 * signed token is the only credential.
 */
const optInEndpoint = (list: OptInList, action: OptInAction): Endpoint => ({
  path: `/${action}`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const body = (await req.json?.().catch(() => null)) as { token?: unknown } | null
    const token = body?.token
    if (typeof token !== 'string' || token === '' || token.length > 2048) return refuse(400, 'token is required: the one in the link.')
    const claims = verifyToken(purposeOf(list, action), token)
    const entry = claims
      ? ((await req.payload.findByID({ collection: list, id: claims.id, depth: 0, disableErrors: true, req })) as { id: string; status?: string | null } | null)
      : null
    if (!entry) return refuse(404, 'This link is invalid or has expired.')
    // Confirming again changes nothing; confirming after unsubscribing does not subscribe again.
    if (action === 'confirm' && entry.status !== 'pending') return Response.json({ status: entry.status })
    const data = action === 'confirm' ? { status: 'confirmed', confirmedAt: new Date().toISOString() } : { status: 'unsubscribed' }
    const updated = (await req.payload.update({ collection: list, id: entry.id, data: data as never, depth: 0, req })) as { status?: string | null }
    return Response.json({ status: updated.status })
  },
})

export const optInEndpoints = (list: OptInList) => [optInEndpoint(list, 'confirm'), optInEndpoint(list, 'unsubscribe')]

/** Sends one plain-text email, logging (not throwing) when the mail server refuses it. */
export const sendPlainEmail = async (req: PayloadRequest, to: string, subject: string, lines: string[], what: string) => {
  try {
    await req.payload.sendEmail({ to, subject, text: lines.join('\n') })
    return true
  } catch (error) {
    req.payload.logger.error({ err: error }, `could not send ${what}`)
    return false
  }
}
