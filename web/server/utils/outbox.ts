import { randomUUID } from 'node:crypto'

import { forms, type FormName } from '@made-in-la/shared/forms'
import { isPresent } from '@made-in-la/shared/published'

/**
 * Every accepted submission is written here first (filesystem, or Redis with REDIS_URL), then
 * delivered to the CMS with the site's API key. Delivery is retried until the CMS stores it; the
 * submission's id is the CMS's unique `submissionId`, so a retry after a lost answer is not stored twice.
 */
export type OutboxEntry = {
  id: string
  form: FormName
  data: Record<string, unknown>
  attempts: number
  createdAt: string
  /** Times in a row the CMS answered but failed to store it, and when it is due again after that. */
  failures?: number
  retryAt?: string
}

const outbox = () => useStorage('outbox')
const pendingKey = (id: string) => `pending:${id}`

export const enqueueSubmission = async (form: FormName, data: Record<string, unknown>): Promise<OutboxEntry> => {
  const entry: OutboxEntry = { id: randomUUID(), form, data, attempts: 0, createdAt: new Date().toISOString() }
  await outbox().setItem(pendingKey(entry.id), entry)
  return entry
}

/**
 * - delivered: stored (or already was);
 * - refused: the CMS will never take it as it is (a 4xx about the submission), so it is set aside;
 * - failed: this entry failed (a 5xx, 429, or the site's key refused: a setting to fix, not the
 *   visitor's fault); retried after a wait of its own that doubles with each failure, while the
 *   others are delivered, and set aside once it has failed for a day;
 * - unreachable: the CMS did not answer; retried, never set aside, and the round stops.
 */
type Outcome = { status: 'delivered' | 'failed' | 'unreachable' } | { status: 'refused'; reason: string }

const failingFor = 24 * 60 * 60 * 1000
const longestWait = 10 * 60 * 1000
/** After the nth failure in a row: the outbox's interval, doubled each time, up to ten minutes. */
const waitAfter = (failures: number) => Math.min(siteEnv.NUXT_OUTBOX_INTERVAL_MS * 2 ** (failures - 1), longestWait)
const isDue = (entry: OutboxEntry, now: number) => !entry.retryAt || Date.parse(entry.retryAt) <= now

/** A 400 about the unique submissionId (or a repeated newsletter address) means it is already stored. */
const alreadyStored = (body: unknown, form: string) => {
  const errors = (body as { errors?: { data?: { errors?: { path?: string }[] } }[] })?.errors ?? []
  const paths = errors.flatMap((error) => error.data?.errors ?? []).map((detail) => detail.path)
  return paths.includes('submissionId') || (form === 'subscribe' && paths.includes('email'))
}

/** The CMS's own words for a refusal: the fields it names, or its message. */
const refusalReason = (status: number, body: unknown) => {
  const errors = (body as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] })?.errors ?? []
  const details = errors.flatMap((error) => error.data?.errors?.map((detail) => detail.message) ?? [error.message])
  return `The CMS refused it (${status}): ${details.filter(Boolean).join(' ') || 'no reason given'}`.slice(0, 500)
}

/** POSTs a document to a CMS collection with the site's key. */
const postToCms = async (collection: string, data: Record<string, unknown>, form: string): Promise<Outcome> => {
  try {
    const response = await cmsPost(`/api/${collection}`, data)
    if (response.ok) return { status: 'delivered' }
    if (response.status >= 500 || [401, 403, 429].includes(response.status)) return { status: 'failed' }
    const body = await response.json().catch(() => null)
    if (response.status === 400 && alreadyStored(body, form)) return { status: 'delivered' }
    return { status: 'refused', reason: refusalReason(response.status, body) }
  } catch {
    return { status: 'unreachable' }
  }
}

const parkedKey = (id: string) => `parked:${id}`
type ParkedEntry = OutboxEntry & { reason: string }

/** Sets an entry aside, with why, for the moderators: it no longer holds up or costs anything. */
const park = async (entry: OutboxEntry, reason: string) => {
  logger.error({ submission: entry.id, form: entry.form, reason }, 'outbox: submission set aside for the moderators')
  await outbox().setItem(parkedKey(entry.id), { ...entry, reason } satisfies ParkedEntry)
  await outbox().removeItem(pendingKey(entry.id))
}

/** Delivers one entry and files it according to the outcome. */
export const deliverSubmission = async (entry: OutboxEntry): Promise<Outcome['status']> => {
  const outcome = await postToCms(forms[entry.form].collection, { ...entry.data, submissionId: entry.id }, entry.form)
  const attempts = entry.attempts + 1
  if (outcome.status === 'delivered') await outbox().removeItem(pendingKey(entry.id))
  else if (outcome.status === 'refused') await park({ ...entry, attempts }, outcome.reason)
  else if (outcome.status === 'failed' && Date.now() - Date.parse(entry.createdAt) > failingFor) {
    await park({ ...entry, attempts }, `The CMS failed to store it for a day (${attempts} attempts).`)
  } else if (outcome.status === 'failed') {
    const failures = (entry.failures ?? 0) + 1
    await outbox().setItem(pendingKey(entry.id), { ...entry, attempts, failures, retryAt: new Date(Date.now() + waitAfter(failures)).toISOString() })
  } else await outbox().setItem(pendingKey(entry.id), { ...entry, attempts })
  return outcome.status
}

/** Hands a set-aside entry to the CMS's "Undelivered submissions", where moderators see it. */
const handOver = async (entry: ParkedEntry): Promise<Outcome['status']> => {
  const outcome = await postToCms(
    'undelivered-submissions',
    { form: entry.form, reason: entry.reason, attempts: entry.attempts, receivedAt: entry.createdAt, data: entry.data, submissionId: entry.id },
    'undelivered',
  )
  if (outcome.status === 'delivered') await outbox().removeItem(parkedKey(entry.id))
  return outcome.status
}

const entriesUnder = async <T extends OutboxEntry>(prefix: string) => {
  const keys = await outbox().getKeys(prefix)
  const entries = (await Promise.all(keys.map((key) => outbox().getItem<T>(key)))).filter(isPresent)
  return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

let flushing = false

/**
 * Tries every pending submission that is due once, oldest first, each on its own: one the CMS refuses
 * is set aside, one it fails on waits its own turn again (see waitAfter), and neither holds up the
 * others. A CMS that does not answer at all ends the round. Then hands what was set aside to the
 * moderators.
 */
export const flushOutbox = async () => {
  if (flushing) return
  flushing = true
  try {
    const now = Date.now()
    for (const entry of (await entriesUnder('pending')).filter((pending) => isDue(pending, now))) {
      if ((await deliverSubmission(entry)) === 'unreachable') return
    }
    for (const entry of await entriesUnder<ParkedEntry>('parked')) {
      if ((await handOver(entry)) === 'unreachable') return
    }
  } finally {
    flushing = false
  }
}
