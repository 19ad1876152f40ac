import { randomUUID } from 'node:crypto'

import { forms, type FormName } from '@made-in-la/shared/forms'

/**
 * Every accepted submission is written here first (filesystem, or Redis with REDIS_URL), then
 * delivered to the CMS with the site's API key. Delivery is retried until the CMS stores it; the
 * submission's id is the CMS's unique `submissionId`, so a retry after a lost answer is not stored twice.
 */
export type OutboxEntry = { id: string; form: FormName; data: Record<string, unknown>; attempts: number; createdAt: string }

const outbox = () => useStorage('outbox')
const pendingKey = (id: string) => `pending:${id}`

export const enqueueSubmission = async (form: FormName, data: Record<string, unknown>): Promise<OutboxEntry> => {
  const entry: OutboxEntry = { id: randomUUID(), form, data, attempts: 0, createdAt: new Date().toISOString() }
  await outbox().setItem(pendingKey(entry.id), entry)
  return entry
}

type Outcome = 'delivered' | 'retry' | 'rejected'

/** A 400 about the unique submissionId (or a repeated newsletter address) means it is already stored. */
const alreadyStored = (body: unknown, form: FormName) => {
  const errors = (body as { errors?: { data?: { errors?: { path?: string }[] } }[] })?.errors ?? []
  const paths = errors.flatMap((error) => error.data?.errors ?? []).map((detail) => detail.path)
  return paths.includes('submissionId') || (form === 'subscribe' && paths.includes('email'))
}

const deliver = async (entry: OutboxEntry): Promise<Outcome> => {
  const { cmsUrl, cmsApiKey, cmsTimeoutMs } = useRuntimeConfig()
  try {
    const response = await fetch(`${cmsUrl}/api/${forms[entry.form].collection}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `users API-Key ${cmsApiKey}` },
      body: JSON.stringify({ ...entry.data, submissionId: entry.id }),
      signal: AbortSignal.timeout(Number(cmsTimeoutMs)),
    })
    if (response.ok) return 'delivered'
    if (response.status === 400 && alreadyStored(await response.json().catch(() => null), entry.form)) return 'delivered'
    if (response.status >= 500 || response.status === 429) return 'retry'
    logger.error({ submission: entry.id, form: entry.form, status: response.status }, 'outbox: the CMS refused a submission')
    return 'rejected'
  } catch {
    return 'retry'
  }
}

/** Delivers one entry and files it according to the outcome. */
export const deliverSubmission = async (entry: OutboxEntry): Promise<Outcome> => {
  const outcome = await deliver(entry)
  if (outcome === 'delivered') await outbox().removeItem(pendingKey(entry.id))
  if (outcome === 'rejected') {
    await outbox().setItem(`rejected:${entry.id}`, entry)
    await outbox().removeItem(pendingKey(entry.id))
  }
  if (outcome === 'retry') await outbox().setItem(pendingKey(entry.id), { ...entry, attempts: entry.attempts + 1 })
  return outcome
}

let flushing = false

/** Tries every pending submission once, oldest first; stops at the first the CMS cannot take yet. */
export const flushOutbox = async () => {
  if (flushing) return
  flushing = true
  try {
    const keys = (await outbox().getKeys('pending')).sort()
    const entries = (await Promise.all(keys.map((key) => outbox().getItem<OutboxEntry>(key)))).filter(isPresent)
    entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    for (const entry of entries) {
      if ((await deliverSubmission(entry)) === 'retry') break
    }
  } finally {
    flushing = false
  }
}
