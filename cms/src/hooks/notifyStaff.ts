import type { CollectionAfterChangeHook } from 'payload'

import { env } from '../env'

const summaries: Record<string, (doc: Record<string, unknown>) => { subject: string; lines: string[] }> = {
  'host-requests': (doc) => ({
    subject: `New screening request: ${doc.organisation} (${doc.city})`,
    lines: [
      `From: ${doc.name} <${doc.email}>`,
      `Organisation: ${doc.organisation}`,
      `Where: ${doc.city}, ${doc.region ?? ''} ${doc.country}`,
      `Preferred date: ${String(doc.preferredDate).slice(0, 10)}`,
      `Expected audience: ${doc.expectedAudience ?? 'not given'}`,
      '',
      String(doc.message ?? ''),
    ],
  }),
  'contact-messages': (doc) => ({
    subject: `Contact: ${doc.subject}`,
    lines: [`From: ${doc.name} <${doc.email}>`, '', String(doc.message ?? '')],
  }),
}

/** Tells the team by email when a host request or a contact message arrives. Plain text only. */
export const notifyStaff: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const to = env.STAFF_NOTIFICATION_EMAIL
  const summarise = summaries[collection.slug]
  if (operation !== 'create' || !to || !summarise) return doc
  const { subject, lines } = summarise(doc)
  const adminUrl = `${env.CMS_PUBLIC_URL ?? ''}/admin/collections/${collection.slug}/${doc.id}`
  try {
    await req.payload.sendEmail({ to, subject, text: [...lines, '', `Open in the admin: ${adminUrl}`].join('\n') })
  } catch (error) {
    req.payload.logger.error({ err: error }, `could not send the staff notification for ${collection.slug} ${doc.id}`)
  }
  return doc
}
