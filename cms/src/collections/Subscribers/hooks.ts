import type { CollectionAfterChangeHook } from 'payload'

import type { Subscriber } from '@made-in-la/shared/payload-types'

import { env } from '../../env'
import { type LinkSettings, signToken, sitePath } from '../../signedLinks'

/**
 * Double opt-in for updates: a new subscriber is "pending" and gets one email, in their language, with
 * a link to confirm and one to unsubscribe. The links open the site, which asks the visitor to press a
 * button (so mail scanners that follow links confirm nothing) and then posts the link's token to
 * `/api/subscribers/confirm` or `/api/subscribers/unsubscribe` (endpoints.ts). A confirmation link lasts a week; an unsubscribe link, a year.
 */
const day = 24 * 60 * 60_000
const lifetimes = { confirm: 7 * day, unsubscribe: 365 * day } as const
export type SubscriptionAction = keyof typeof lifetimes

export const subscriptionLink = (action: SubscriptionAction, subscriber: Pick<Subscriber, 'id' | 'locale'>, now = Date.now(), settings: LinkSettings = env) =>
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
