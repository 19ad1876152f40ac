import type { CollectionAfterChangeHook } from 'payload'

import type { Subscriber } from '@made-in-la/shared/payload-types'

import { env } from '../../env'
import { type OptInAction, optInLink, sendPlainEmail } from '../../optIn'
import type { LinkSettings } from '../../signedLinks'

/** A link in a subscriber's email (see optIn.ts). */
export const subscriptionLink = (action: OptInAction, subscriber: Pick<Subscriber, 'id' | 'locale'>, now = Date.now(), settings: LinkSettings = env) =>
  optInLink('subscribers', action, subscriber, now, settings)

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
  await sendPlainEmail(req, doc.email, subject, text, `the confirmation email to subscriber ${doc.id}`)
  return doc
}
