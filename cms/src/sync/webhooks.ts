import { randomBytes, randomUUID } from 'node:crypto'

import type { CollectionConfig, PayloadRequest, TaskConfig } from 'payload'
import { Webhook as Signer } from 'standardwebhooks'

import { isAdmin } from '../access/isAdmin'
import { adminAccess } from '../access/collectionAccess'
import { env } from '../env'
import type { PublicChange } from './changes'
import { postSigned, validateTarget } from './targets'

/**
 * Signed webhooks (issue 16, item 7): admins point a partner's server at the screenings' events, and
 * each change of a published screening is POSTed to every active webhook that asked for it, signed as
 * the Standard Webhooks spec says (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Each
 * event is one delivery row and one job: sent at least once, retried with exponential backoff,
 * visible to admins. The editor's save only queues the job.
 */
export const webhookEvents = [
  { label: 'Screening published', value: 'screening.published' },
  { label: 'Screening changed', value: 'screening.changed' },
  { label: 'Screening cancelled', value: 'screening.cancelled' },
  { label: 'Screening unpublished or deleted', value: 'screening.removed' },
] as const
export type WebhookEvent = (typeof webhookEvents)[number]['value']

/** Retries after the first try: with the 30 s default, the last one comes about two hours after the change. */
export const deliveryRetries = 8

/** A signing secret in the spec's form: `whsec_` and 32 random bytes in base64. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`

export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  labels: { singular: 'Webhook', plural: 'Webhooks' },
  access: adminAccess,
  admin: {
    group: 'Settings',
    useAsTitle: 'url',
    defaultColumns: ['url', 'partner', 'events', 'active', 'updatedAt'],
    description:
      "A partner's server that hears when a screening is published, changed, cancelled or removed. Each delivery is listed under Webhook deliveries.",
  },
  fields: [
    { name: 'partner', type: 'relationship', relationTo: 'partners', index: true, admin: { description: 'Who receives it (empty for the campaign’s own).' } },
    {
      name: 'url',
      label: 'Address',
      type: 'text',
      required: true,
      maxLength: 2048,
      validate: validateTarget,
      admin: { description: 'Where each event is POSTed, e.g. https://partner.example/webhooks/made-in-la.' },
    },
    { name: 'events', type: 'select', hasMany: true, required: true, options: [...webhookEvents], defaultValue: webhookEvents.map(({ value }) => value) },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { description: 'Untick to stop sending (queued retries stop too).' } },
    {
      name: 'secret',
      label: 'Signing secret',
      type: 'text',
      admin: {
        readOnly: true,
        description: 'Give it to the partner to check each webhook-signature (Standard Webhooks). Made when the webhook is saved first.',
      },
      // Made here, never typed: an update keeps the one already made.
      hooks: { beforeChange: [({ operation, originalDoc }) => (operation === 'create' || !originalDoc?.secret ? newSecret() : originalDoc.secret)] },
    },
  ],
  hooks: {
    beforeDelete: [({ id, req }) => req.payload.delete({ collection: 'webhook-deliveries', where: { webhook: { equals: id } }, req })],
  },
}

export const deliveryStatuses = ['pending', 'delivered', 'retrying', 'failed', 'skipped'] as const

/** One event for one webhook, with its tries: written by the CMS, read by admins. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  admin: {
    group: 'Settings',
    useAsTitle: 'messageId',
    defaultColumns: ['createdAt', 'event', 'webhook', 'status', 'attempts', 'lastStatusCode', 'lastError'],
    description: `Each event sent to a webhook: "retrying" until the partner's server answers 2xx, tried ${deliveryRetries + 1} times in all.`,
  },
  defaultSort: '-createdAt',
  graphQL: false,
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', required: true, index: true, admin: { readOnly: true } },
    { name: 'event', type: 'select', required: true, options: [...webhookEvents], admin: { readOnly: true } },
    {
      name: 'messageId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true, description: 'Sent as webhook-id, the same on every try.' },
    },
    { name: 'body', type: 'code', required: true, admin: { readOnly: true, language: 'json' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', options: [...deliveryStatuses], index: true, admin: { readOnly: true } },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastStatusCode', label: 'Last answer', type: 'number', admin: { readOnly: true } },
    { name: 'lastError', type: 'text', admin: { readOnly: true } },
    { name: 'lastAttemptAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deliveredAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}

/** The event a change of a published screening is: a cancellation is sent as such, not also as a change. */
const eventOf = ({ kind, before, after }: PublicChange): WebhookEvent => {
  if (kind === 'published') return 'screening.published'
  if (kind === 'unpublished' || kind === 'deleted') return 'screening.removed'
  return after?.status === 'cancelled' && before?.status !== 'cancelled' ? 'screening.cancelled' : 'screening.changed'
}

/** A delivery and its job for each active webhook that asked for this change's event (in the editor's transaction). */
export const queueScreeningWebhooks = async (req: PayloadRequest, change: PublicChange) => {
  const type = eventOf(change)
  const { docs } = await req.payload.find({ collection: 'webhooks', where: { active: { equals: true } }, depth: 0, pagination: false, req })
  const body = JSON.stringify({
    type,
    timestamp: new Date().toISOString(),
    data: { collection: change.collection, id: change.id, slug: change.slug ?? null, change: change.kind, status: change.after?.status ?? null },
  })
  for (const webhook of docs.filter((candidate) => (candidate.events as string[] | null)?.includes(type))) {
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: { webhook: webhook.id, event: type, messageId: `msg_${randomUUID()}`, body, status: 'pending', attempts: 0 },
      depth: 0,
      req,
    })
    await req.payload.jobs.queue({ task: 'deliverWebhook' as never, input: { delivery: String(delivery.id) } as never, queue: 'webhooks', req })
  }
}

type Delivery = {
  id: string
  messageId: string
  body: string
  attempts: number
  status: string
  webhook: { url: string; secret: string; active?: boolean | null } | string
}

/** One try: signs with the webhook's secret, POSTs, and writes down what happened; throws so the job is retried. */
const deliver = async (req: PayloadRequest, id: string) => {
  const delivery = (await req.payload.findByID({ collection: 'webhook-deliveries', id, depth: 1, disableErrors: true, req })) as Delivery | null
  if (!delivery || delivery.status === 'delivered') return 'done'
  const webhook = typeof delivery.webhook === 'object' ? delivery.webhook : undefined
  const record = (data: Record<string, unknown>) => req.payload.update({ collection: 'webhook-deliveries', id, data, depth: 0, req })
  if (!webhook?.active || !webhook.secret) {
    await record({ status: 'skipped', lastError: 'The webhook was turned off or removed.' })
    return 'skipped'
  }
  const sentAt = new Date()
  const signature = new Signer(webhook.secret).sign(delivery.messageId, sentAt, delivery.body)
  const result = await postSigned(webhook.url, delivery.body, {
    'webhook-id': delivery.messageId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': signature,
  })
  const delivered = result.status !== undefined && result.status >= 200 && result.status < 300
  const attempts = delivery.attempts + 1
  const problem = result.error ?? `answered ${result.status}`
  await record({
    attempts,
    lastAttemptAt: sentAt.toISOString(),
    lastStatusCode: result.status ?? null,
    lastError: delivered ? null : problem,
    status: delivered ? 'delivered' : attempts > deliveryRetries ? 'failed' : 'retrying',
    ...(delivered ? { deliveredAt: new Date().toISOString() } : {}),
  })
  if (!delivered) throw new Error(`Webhook delivery ${delivery.messageId} to ${webhook.url}: ${problem}.`)
  return 'delivered'
}

/** The jobs queue's task: one delivery, retried with exponential backoff from WEBHOOK_RETRY_DELAY_MS. */
export const deliverWebhookTask = {
  slug: 'deliverWebhook',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: deliveryRetries, backoff: { type: 'exponential', delay: env.WEBHOOK_RETRY_DELAY_MS } },
  handler: async ({ input, req }: { input: { delivery: string }; req: PayloadRequest }) => ({ output: { status: await deliver(req, input.delivery) } }),
} as unknown as TaskConfig
