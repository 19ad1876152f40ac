import type { CollectionSlug, Payload, PayloadRequest, TypedUser, Where } from 'payload'

/**
 * What waits for the team: each kind of submission and the status that means "nobody has looked yet".
 * The dashboard, the navigation's counts and each list's "Pending" view read this one list.
 */
export const pendingWork = [
  { collection: 'comments', status: 'pending', label: 'Comments to moderate' },
  { collection: 'pledges', status: 'pending', label: 'Pledges to moderate' },
  { collection: 'host-requests', status: 'new', label: 'Host requests to answer' },
  { collection: 'contact-messages', status: 'new', label: 'Messages to answer' },
] as const satisfies { collection: CollectionSlug; status: string; label: string }[]

export type PendingKind = (typeof pendingWork)[number]

/** The admin's list of one kind, filtered to what is pending (a plain link: it opens in the list view). */
export const pendingListUrl = (adminRoute: string, { collection, status }: Pick<PendingKind, 'collection' | 'status'>) =>
  `${adminRoute}/collections/${collection}?${new URLSearchParams({ 'where[status][equals]': status })}`

/**
 * Whether this member works this kind of submission: its collection's own update rule. Reading is not
 * enough: an editor reads approved comments and featured pledges, as visitors do, but moderates none.
 */
const works = async (payload: Payload, user: TypedUser | null | undefined, collection: CollectionSlug) => {
  const update = payload.collections[collection]?.config.access.update
  return Boolean(user && update && (await update({ req: { user, payload } as PayloadRequest })))
}

/** How many of each kind wait, for this member: kinds their role does not work are left out. */
export const countPending = async (payload: Payload, user: TypedUser | null | undefined) => {
  const counts = await Promise.all(
    pendingWork.map(async (kind) => {
      if (!(await works(payload, user, kind.collection))) return undefined
      const where: Where = { status: { equals: kind.status } }
      const { totalDocs } = await payload.count({ collection: kind.collection, where, user, overrideAccess: false })
      return { ...kind, count: totalDocs }
    }),
  )
  return counts.filter((entry) => entry !== undefined)
}
