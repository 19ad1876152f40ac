import type { Change } from '@made-in-la/shared/revalidation'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { env } from '../env'

/**
 * Tells the public site what changed, so it drops the cached pages that show it and a published edit
 * shows within seconds (web/server/utils/revalidation.ts decides which pages those are).
 */
const notifySite = async (change: Change, req: PayloadRequest): Promise<void> => {
  const { WEB_URL: siteUrl, REVALIDATE_SECRET: secret } = env
  if (!siteUrl || !secret) return
  try {
    const response = await fetch(new URL('/api/revalidate', siteUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(change),
      signal: AbortSignal.timeout(3000),
    })
    if (!response.ok) req.payload.logger.warn(`site revalidation answered ${response.status}`)
  } catch (error) {
    req.payload.logger.warn(`site revalidation failed: ${(error as Error).message}`)
  }
}

type Doc = { id: string | number; slug?: string | null; post?: unknown }

const present = (values: (string | null | undefined)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))]

/** A document's pages: its slug and the one it had; for a post, also the posts that list it as related. */
const pagesShowing = async (collection: string, doc: Doc, req: PayloadRequest, previous?: Doc) => {
  const own = present([doc.slug, previous?.slug])
  if (collection !== 'posts') return own
  const { docs } = await req.payload.find({ collection: 'posts', where: { relatedPosts: { in: [doc.id] } }, select: { slug: true }, depth: 0, limit: 100, req })
  return present([...own, ...docs.map((related) => related.slug)])
}

/** The page of the post a comment is under. */
const commentedPost = async (doc: Doc, req: PayloadRequest) => {
  const post = doc.post && typeof doc.post === 'object' ? (doc.post as Doc) : undefined
  const id = post?.id ?? (doc.post as string | undefined)
  if (!id) return []
  const found = await req.payload.findByID({ collection: 'posts', id, select: { slug: true }, depth: 0, disableErrors: true, req })
  return present([found?.slug])
}

const changeOf = async (collection: string, doc: Doc, req: PayloadRequest, previous?: Doc): Promise<Change> => ({
  collection,
  id: String(doc.id),
  slugs: collection === 'comments' ? await commentedPost(doc, req) : await pagesShowing(collection, doc, req, previous),
  ...(req.locale ? { locale: req.locale } : {}),
})

export const revalidateDocument: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (context.disableRevalidate) return doc
  const isPublic = doc._status === undefined || doc._status === 'published'
  const wasPublic = previousDoc?._status === 'published'
  if (isPublic || wasPublic) await notifySite(await changeOf(collection.slug, doc, req, previousDoc), req)
  return doc
}

/**
 * Comments and pledges reach the site only once approved: tell it about approved ones (approval,
 * edits, featuring, withdrawal), not about every pending submission a visitor sends.
 */
export const revalidateModeratedSubmission: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (context.disableRevalidate) return doc
  if (doc.status !== 'approved' && previousDoc?.status !== 'approved') return doc
  await notifySite(await changeOf(collection.slug, doc, req), req)
  return doc
}

export const revalidateDeletedDocument: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
  if (context.disableRevalidate) return doc
  await notifySite(await changeOf(collection.slug, doc, req), req)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ context, doc, global, req }) => {
  if (context.disableRevalidate) return doc
  await notifySite({ global: global.slug }, req)
  return doc
}
