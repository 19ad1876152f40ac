import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'
import type { SanitizedConfig } from 'payload'

import { env } from '../env'

/**
 * Answers to anonymous GraphQL reads, kept for a second (GRAPHQL_RESPONSE_CACHE_MS): partners and
 * aggregators send the same list queries again and again, and the same text with the same
 * variables answers the same to every anonymous client. Dropped as soon as anything is saved or
 * deleted in this copy of the CMS (another copy's edit shows within that second). Requests with
 * credentials, mutations and answers with errors are never kept. Each request is still charged
 * its cost first.
 */
const lifetimeMs = () => env.GRAPHQL_RESPONSE_CACHE_MS

type Kept = { body: string; status: number; contentType: string }

type Shared = { answers: LRUCache<string, Kept>; version: number }
const shared = globalThis as typeof globalThis & { madeInLaGraphqlAnswers?: Shared }
// One per process: server.ts (local API writes) and Next's bundle (REST and GraphQL writes) both drop it.
const state = (shared.madeInLaGraphqlAnswers ??= {
  answers: new LRUCache<string, Kept>({ max: 2000, maxSize: 32_000_000, sizeCalculation: (kept) => kept.body.length + 1, ttlAutopurge: false }),
  version: 0,
})

export const answerKey = (text: string, search: string) =>
  `${state.version}:${createHash('sha256').update(search).update('\n').update(text).digest('base64url')}`

export const keptAnswer = (key: string) => (lifetimeMs() > 0 ? state.answers.get(key) : undefined)

export const keepAnswer = (key: string, kept: Kept) => {
  const ttl = lifetimeMs()
  if (ttl > 0 && kept.status === 200 && !kept.body.includes('"errors"')) state.answers.set(key, kept, { ttl })
}

const forget = () => {
  state.version += 1
  state.answers.clear()
}

/** Every collection and global drops the kept answers when anything in it is saved or deleted. */
export const forgetAnswersOnChange = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.afterChange = [...(collection.hooks.afterChange ?? []), forget]
    collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), forget]
  }
  for (const global of config.globals) global.hooks.afterChange = [...(global.hooks.afterChange ?? []), forget]
  return config
}
