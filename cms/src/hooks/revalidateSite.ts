import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

type Target = { collection?: string; global?: string; slug?: string | null }

/** Tells the public site to drop its cached copy, so a published edit shows within seconds. */
const notifySite = async (target: Target, log: (msg: string) => void): Promise<void> => {
  const siteUrl = process.env.WEB_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!siteUrl || !secret) return
  try {
    const response = await fetch(new URL('/api/revalidate', siteUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(target),
      signal: AbortSignal.timeout(3000),
    })
    if (!response.ok) log(`site revalidation answered ${response.status}`)
  } catch (error) {
    log(`site revalidation failed: ${(error as Error).message}`)
  }
}

export const revalidateDocument: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (context.disableRevalidate) return doc
  const isPublic = doc._status === undefined || doc._status === 'published'
  const wasPublic = previousDoc?._status === 'published'
  if (isPublic || wasPublic) {
    await notifySite({ collection: collection.slug, slug: doc.slug }, (msg) => req.payload.logger.warn(msg))
  }
  return doc
}

/**
 * Comments and pledges reach the site only once approved: tell it about approved ones (approval,
 * edits, featuring, withdrawal), not about every pending submission a visitor sends.
 */
export const revalidateModeratedSubmission: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (context.disableRevalidate) return doc
  if (doc.status !== 'approved' && previousDoc?.status !== 'approved') return doc
  await notifySite({ collection: collection.slug }, (msg) => req.payload.logger.warn(msg))
  return doc
}

export const revalidateDeletedDocument: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
  if (context.disableRevalidate) return doc
  await notifySite({ collection: collection.slug, slug: doc.slug }, (msg) => req.payload.logger.warn(msg))
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ context, doc, global, req }) => {
  if (context.disableRevalidate) return doc
  await notifySite({ global: global.slug }, (msg) => req.payload.logger.warn(msg))
  return doc
}
