import type { Subscriber } from '@made-in-la/shared/payload-types'
import type { Endpoint, PayloadRequest } from 'payload'

import { verifyToken } from '../../signedLinks'
import type { SubscriptionAction } from './hooks'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/subscribers/confirm` and `/unsubscribe` with `{ "token": "..." }` from a subscriber's
 * email: the subscriber's status after it, or a 404 for a link that is forged, expired or for someone
 * no longer there. The signed token is the only credential.
 */
const subscriptionEndpoint = (action: SubscriptionAction): Endpoint => ({
  path: `/${action}`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const body = (await req.json?.().catch(() => null)) as { token?: unknown } | null
    const token = body?.token
    if (typeof token !== 'string' || token === '' || token.length > 2048) return refuse(400, 'token is required: the one in the link.')
    const claims = verifyToken(`subscription-${action}`, token)
    const subscriber = claims
      ? ((await req.payload.findByID({ collection: 'subscribers', id: claims.id, depth: 0, disableErrors: true, req })) as Subscriber | null)
      : null
    if (!subscriber) return refuse(404, 'This link is invalid or has expired.')
    // Confirming again changes nothing; confirming after unsubscribing does not subscribe again.
    if (action === 'confirm' && subscriber.status !== 'pending') return Response.json({ status: subscriber.status })
    const data: Pick<Subscriber, 'status' | 'confirmedAt'> =
      action === 'confirm' ? { status: 'confirmed', confirmedAt: new Date().toISOString() } : { status: 'unsubscribed' }
    const updated = await req.payload.update({ collection: 'subscribers', id: subscriber.id, data, depth: 0, req })
    return Response.json({ status: updated.status })
  },
})

export const subscriptionEndpoints = [subscriptionEndpoint('confirm'), subscriptionEndpoint('unsubscribe')]
