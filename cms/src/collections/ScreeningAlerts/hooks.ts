import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { optInLink, sendPlainEmail } from '../../optIn'
import { describePlace } from '../../places/fillCoordinates'
import { findPlaces } from '../../places/places'

/** The alert's place, resolved offline when it is created or its place changes: the most populous match. */
export const placeAlert: CollectionBeforeChangeHook = async ({ data, originalDoc }) => {
  if (typeof data.place !== 'string' || data.place === originalDoc?.place) return data
  const [place] = await findPlaces(data.place, 1)
  return place
    ? { ...data, latitude: place.latitude, longitude: place.longitude, matchedPlace: describePlace(place).replace(/ \(GeoNames \d+\)$/, '') }
    : { ...data, latitude: null, longitude: null, matchedPlace: null }
}

const emails = {
  en: (place: string, km: string, confirm: string, unsubscribe: string) => ({
    subject: 'Confirm your Made in L.A. screening alert',
    text: [
      `You asked to hear about screenings of Made in L.A. within ${km} km of ${place}.`,
      '',
      `Please confirm your address: ${confirm}`,
      '',
      'If you did not ask for this, ignore this email: nothing will be sent until you confirm.',
      `Changed your mind later? Unsubscribe: ${unsubscribe}`,
    ],
  }),
  es: (place: string, km: string, confirm: string, unsubscribe: string) => ({
    subject: 'Confirma tu alerta de proyecciones de Made in L.A.',
    text: [
      `Pediste que te avisemos de las proyecciones de Made in L.A. a menos de ${km} km de ${place}.`,
      '',
      `Confirma tu correo: ${confirm}`,
      '',
      'Si no lo pediste, ignora este mensaje: no te enviaremos nada hasta que confirmes.',
      `¿Cambias de opinión más adelante? Cancela el aviso: ${unsubscribe}`,
    ],
  }),
}

/** Sends the confirmation email to a new, pending alert, in its language. Plain text only. */
export const sendAlertConfirmation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.status !== 'pending') return doc
  const { subject, text } = emails[doc.locale === 'es' ? 'es' : 'en'](
    doc.matchedPlace ?? doc.place,
    String(doc.radiusKm ?? 50),
    optInLink('screening-alerts', 'confirm', doc),
    optInLink('screening-alerts', 'unsubscribe', doc),
  )
  await sendPlainEmail(req, doc.email, subject, text, `the confirmation email to screening alert ${doc.id}`)
  return doc
}
