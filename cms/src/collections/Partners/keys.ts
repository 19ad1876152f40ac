import type { Payload } from 'payload'

import { type Limit, limit } from '../../rateLimits'

type Partner = { id: string; limit: Limit }

/**
 * Keys, looked up by the GraphQL endpoint on every keyed request: the active partners, read at most
 * every 30 s and at once after a partner is saved in this process. One table per process, shared by
 * server.ts and Next's bundle.
 */
type Table = {
  at: number
  table?: Promise<Map<string, Partner>>
  limits: Map<string, Limit>
  usage: Map<string, { requests: number; points: number }>
}
const shared = globalThis as typeof globalThis & { madeInLaPartners?: Table }
const state: Table = (shared.madeInLaPartners ??= { at: 0, limits: new Map(), usage: new Map() })

export const forgetPartners = () => {
  state.table = undefined
}

/** One limiter per partner and quota: a changed quota starts a new count. */
const limitOf = (id: string, quota: number): Limit => {
  const name = `partner-${id}-${quota}`
  let found = state.limits.get(name)
  if (!found) state.limits.set(name, (found = limit('partner', quota, { keyPrefix: name })))
  return found
}

const load = async (payload: Payload) => {
  const { docs } = await payload.find({ collection: 'partners', where: { active: { equals: true } }, pagination: false, depth: 0, overrideAccess: true })
  return new Map(docs.filter((doc) => doc.key).map((doc) => [doc.key!, { id: String(doc.id), limit: limitOf(String(doc.id), doc.pointsPerMinute) }]))
}

/** The partner a key names, if it is active. */
export const partnerByKey = async (payload: Payload, key: string): Promise<Partner | undefined> => {
  if (!state.table || Date.now() - state.at > 30_000) {
    state.at = Date.now()
    state.table = load(payload).catch(() => new Map())
  }
  return (await state.table).get(key)
}

/** Counts a keyed request; `flushUsage` writes the counts (every few seconds). */
export const countUsage = (partnerId: string, points: number) => {
  const day = new Date().toISOString().slice(0, 10)
  const key = `${partnerId}|${day}`
  const counted = state.usage.get(key) ?? { requests: 0, points: 0 }
  counted.requests += 1
  counted.points += points
  state.usage.set(key, counted)
}

export const flushUsage = async (payload: Payload) => {
  const pending = [...state.usage.entries()]
  state.usage.clear()
  for (const [key, { requests, points }] of pending) {
    const [partner, day] = key.split('|') as [string, string]
    const { docs } = await payload.find({
      collection: 'partner-usage',
      where: { and: [{ partner: { equals: partner } }, { day: { equals: day } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const row = docs[0]
    if (row)
      await payload.update({
        collection: 'partner-usage',
        id: row.id,
        data: { requests: row.requests + requests, points: row.points + points },
        overrideAccess: true,
      })
    else await payload.create({ collection: 'partner-usage', data: { partner, day, requests, points }, overrideAccess: true })
  }
}
