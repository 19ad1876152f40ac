import type { CollectionAfterChangeHook, GraphQLExtension, PayloadRequest } from 'payload'

import type { Subscriber } from '@made-in-la/shared/payload-types'

import { env } from './env'
import { type LinkSettings, signToken, sitePath, verifyToken } from './signedLinks'

/**
 * Double opt-in for updates: a new subscriber is "pending" and gets one email, in their language, with
 * a link to confirm and one to unsubscribe. The links open the site, which asks the visitor to press a
 * button (so mail scanners that follow links confirm nothing) and then calls `ConfirmSubscription` or
 * `Unsubscribe` with the link's token. A confirmation link lasts a week; an unsubscribe link, a year.
 */
const day = 24 * 60 * 60_000
const lifetimes = { confirm: 7 * day, unsubscribe: 365 * day } as const
type Action = keyof typeof lifetimes

export const subscriptionLink = (action: Action, subscriber: Pick<Subscriber, 'id' | 'locale'>, now = Date.now(), settings: LinkSettings = env) =>
  sitePath(
    `/subscription/${action}?token=${signToken(`subscription-${action}`, { id: String(subscriber.id) }, lifetimes[action], now, settings)}`,
    subscriber.locale,
    settings,
  )

const emails = {
  en: (confirm: string, unsubscribe: string) => ({
    subject: 'Confirm your sign-up for Made in L.A. updates',
    text: [
      'Thank you for signing up for updates about Made in L.A. and the No More Sweatshops campaign.',
      '',
      `Please confirm your address: ${confirm}`,
      '',
      'If you did not sign up, ignore this email: nothing will be sent until you confirm.',
      `Changed your mind later? Unsubscribe: ${unsubscribe}`,
    ],
  }),
  es: (confirm: string, unsubscribe: string) => ({
    subject: 'Confirma tu suscripción a las novedades de Made in L.A.',
    text: [
      'Gracias por suscribirte a las novedades de Made in L.A. y de la campaña No More Sweatshops.',
      '',
      `Confirma tu correo: ${confirm}`,
      '',
      'Si no te suscribiste, ignora este mensaje: no te enviaremos nada hasta que confirmes.',
      `¿Cambias de opinión más adelante? Cancela la suscripción: ${unsubscribe}`,
    ],
  }),
}

/** Sends the confirmation email to a new, pending subscriber. Plain text only. */
export const sendSubscriptionConfirmation: CollectionAfterChangeHook<Subscriber> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.status !== 'pending') return doc
  const { subject, text } = emails[doc.locale === 'es' ? 'es' : 'en'](subscriptionLink('confirm', doc), subscriptionLink('unsubscribe', doc))
  try {
    await req.payload.sendEmail({ to: doc.email, subject, text: text.join('\n') })
  } catch (error) {
    req.payload.logger.error({ err: error }, `could not send the confirmation email to subscriber ${doc.id}`)
  }
  return doc
}

/** `ConfirmSubscription(token)` and `Unsubscribe(token)`: the new status, or null for a bad link. */
export const subscriptionMutations: GraphQLExtension = (GraphQL) => {
  const { GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const SubscriptionStatus = new GraphQLObjectType({
    name: 'SubscriptionStatus',
    fields: { status: { type: new GraphQLNonNull(GraphQLString) } },
  })
  const mutation = (action: Action) => ({
    type: SubscriptionStatus,
    args: { token: { type: new GraphQLNonNull(GraphQLString) } },
    resolve: async (_: unknown, args: { token: string }, context: { req: PayloadRequest }) => {
      const claims = verifyToken(`subscription-${action}`, args.token)
      if (!claims) return null
      const { payload } = context.req
      const subscriber = (await payload.findByID({
        collection: 'subscribers',
        id: claims.id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })) as Subscriber | null
      if (!subscriber) return null
      // Confirming again changes nothing; confirming after unsubscribing does not subscribe again.
      if (action === 'confirm' && subscriber.status !== 'pending') return { status: subscriber.status }
      const data: Pick<Subscriber, 'status' | 'confirmedAt'> =
        action === 'confirm' ? { status: 'confirmed', confirmedAt: new Date().toISOString() } : { status: 'unsubscribed' }
      const updated = await payload.update({ collection: 'subscribers', id: subscriber.id, data, depth: 0, overrideAccess: true })
      return { status: updated.status }
    },
  })
  return { ConfirmSubscription: mutation('confirm'), Unsubscribe: mutation('unsubscribe') }
}
