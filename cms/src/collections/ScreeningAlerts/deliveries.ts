import { venueLine } from '@made-in-la/shared/calendar'
import { formatEventDate, formatEventTimes } from '@made-in-la/shared/format'
import type { Screening, ScreeningAlert } from '@made-in-la/shared/payload-types'
import { getDistance } from 'geolib'
import type { CollectionAfterChangeHook, CollectionConfig, PayloadRequest, TaskConfig, Where } from 'payload'

import { isModerator } from '../../access/isModerator'
import { optInLink, sendPlainEmail } from '../../optIn'
import { withinBox } from '../../places/places'
import { sitePath } from '../../signedLinks'

/**
 * One row per alert email sent: its key (alert and screening) is unique, so however often a screening
 * is published, edited or the job retried, each person hears about each screening once.
 */
export const AlertDeliveries: CollectionConfig<'alert-deliveries'> = {
  slug: 'alert-deliveries',
  labels: { singular: 'Alert sent', plural: 'Alerts sent' },
  access: { read: isModerator, create: () => false, update: () => false, delete: () => false },
  admin: {
    group: 'Participation',
    useAsTitle: 'key',
    defaultColumns: ['key', 'alert', 'screening', 'createdAt'],
    description: 'Each screening alert email sent.',
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, maxLength: 100, admin: { readOnly: true } },
    { name: 'alert', type: 'relationship', relationTo: 'screening-alerts', required: true, admin: { readOnly: true } },
    { name: 'screening', type: 'relationship', relationTo: 'screenings', required: true, admin: { readOnly: true } },
  ],
}

/** The farthest an alert may ask for, in kilometres (the form's largest distance). */
const widestRadiusKm = 250

const alertEmail = (locale: string, screening: Screening & { timeZone?: string | null }, unsubscribe: string) => {
  const zone = screening.timeZone ?? 'America/Los_Angeles'
  const when = `${formatEventDate(screening.startsAt, zone, locale)}, ${formatEventTimes(screening.startsAt, screening.endsAt, zone, locale)}`
  const where = venueLine(screening.venue)
  const page = sitePath(`/screenings/${screening.slug}`, locale)
  const calendar = sitePath(`/calendar/${screening.slug}.ics`)
  return locale === 'es'
    ? {
        subject: `Proyección de Made in L.A. cerca de ti: ${screening.title}`,
        text: [
          `${screening.title}`,
          `Cuándo: ${when}`,
          `Dónde: ${where}`,
          '',
          `Detalles: ${page}`,
          `Añádela a tu calendario: ${calendar}`,
          '',
          `Para dejar de recibir estos avisos: ${unsubscribe}`,
        ],
      }
    : {
        subject: `A Made in L.A. screening near you: ${screening.title}`,
        text: [
          `${screening.title}`,
          `When: ${when}`,
          `Where: ${where}`,
          '',
          `Details: ${page}`,
          `Add it to your calendar: ${calendar}`,
          '',
          `To stop these alerts: ${unsubscribe}`,
        ],
      }
}

/** Emails every confirmed alert within its distance of a published screening, once each. */
export const sendScreeningAlerts = async (req: PayloadRequest, screeningId: string) => {
  const { payload } = req
  const screening = (await payload.findByID({
    collection: 'screenings',
    id: screeningId,
    depth: 0,
    draft: false,
    disableErrors: true,
    req,
  })) as Screening | null
  const { latitude, longitude } = screening?.venue ?? {}
  if (!screening || screening._status !== 'published' || typeof latitude !== 'number' || typeof longitude !== 'number') return 0
  const where: Where = { and: [{ status: { equals: 'confirmed' } }, withinBox('', { latitude, longitude }, widestRadiusKm)] }
  const inLocale = new Map<string, Promise<Screening>>()
  let sent = 0
  for (let page = 1; page <= 100; page++) {
    const { docs, hasNextPage } = await payload.find({ collection: 'screening-alerts', where, depth: 0, limit: 100, page, req })
    for (const alert of docs as ScreeningAlert[]) {
      if (typeof alert.latitude !== 'number' || typeof alert.longitude !== 'number') continue
      if (getDistance({ latitude, longitude }, { latitude: alert.latitude, longitude: alert.longitude }) > Number(alert.radiusKm ?? 50) * 1000) continue
      const key = `${alert.id}:${screening.id}`
      const claimed = await payload
        .create({ collection: 'alert-deliveries', data: { key, alert: alert.id, screening: screening.id }, depth: 0, req })
        .then(() => true)
        .catch(() => false)
      if (!claimed) continue
      const locale = alert.locale === 'es' ? 'es' : 'en'
      if (!inLocale.has(locale))
        inLocale.set(locale, payload.findByID({ collection: 'screenings', id: screening.id, depth: 0, locale, req }) as Promise<Screening>)
      const { subject, text } = alertEmail(locale, await inLocale.get(locale)!, optInLink('screening-alerts', 'unsubscribe', alert))
      if (await sendPlainEmail(req, alert.email, subject, text, `the screening alert ${key}`)) sent += 1
      else {
        // Not sent: free the key so the job's retry sends it.
        await payload.delete({ collection: 'alert-deliveries', where: { key: { equals: key } }, req })
        throw new Error(`The screening alert ${key} could not be sent.`)
      }
    }
    if (!hasNextPage) break
  }
  return sent
}

/** The jobs queue's task: run soon after a screening is published, retried if mail fails. */
export const sendScreeningAlertsTask = {
  slug: 'sendScreeningAlerts',
  inputSchema: [{ name: 'screening', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 3,
  handler: async ({ input, req }: { input: { screening: string }; req: PayloadRequest }) => ({
    output: { sent: await sendScreeningAlerts(req, input.screening) },
  }),
} as unknown as TaskConfig

/** Queues the alerts when a screening becomes published (a first publish, or a republish: each person hears once). */
export const queueScreeningAlerts: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.disableRevalidate || doc._status !== 'published' || previousDoc?._status === 'published') return doc
  await req.payload.jobs.queue({ task: 'sendScreeningAlerts' as never, input: { screening: String(doc.id) } as never, queue: 'alerts', req })
  return doc
}
