import type { ServerProps } from 'payload'

import { formatEventDate, formatEventTimes, formatShortDate } from '@made-in-la/shared/format'
import { siteTimeZone } from '@made-in-la/shared/timeZones'

import { countPending, pendingListUrl } from './pendingWork'
import { SearchForm } from './SearchForm'

const draftCollections = [
  { collection: 'posts', label: 'Post' },
  { collection: 'pages', label: 'Page' },
  { collection: 'screenings', label: 'Screening' },
] as const

const editUrl = (adminRoute: string, collection: string, id: string | number) => `${adminRoute}/collections/${collection}/${id}`

/**
 * The first thing the team sees: the search across lists, what waits for them (each count opens its
 * filtered list), the next screenings, drafts in progress and posts scheduled to publish. Each part reads as the member's role
 * allows: an editor is not shown the moderation counts, a moderator not the drafts.
 */
export const Dashboard = async ({ payload, user }: ServerProps) => {
  const adminRoute = payload.config.routes.admin
  const readAs = { user, overrideAccess: false } as const
  const allowed = async <T,>(read: () => Promise<T>): Promise<T | undefined> => read().catch(() => undefined)
  const now = new Date().toISOString()

  const [pending, screenings, drafts, scheduled] = await Promise.all([
    countPending(payload, user),
    allowed(() =>
      payload.find({
        collection: 'screenings',
        where: { startsAt: { greater_than_equal: now } },
        sort: 'startsAt',
        limit: 5,
        depth: 0,
        draft: true,
        ...readAs,
      }),
    ),
    Promise.all(
      draftCollections.map(({ collection, label }) =>
        allowed(() =>
          payload.find({ collection, where: { _status: { equals: 'draft' } }, sort: '-updatedAt', limit: 5, depth: 0, draft: true, ...readAs }),
        ).then((found) => (found?.docs ?? []).map((doc) => ({ collection, label, id: doc.id, title: doc.title, updatedAt: doc.updatedAt }))),
      ),
    ).then((lists) =>
      lists
        .flat()
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .slice(0, 6),
    ),
    // Scheduled publishing is a job Payload queues; its document is named in the job's input.
    allowed(() =>
      payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { waitUntil: { greater_than: now } }] },
        sort: 'waitUntil',
        limit: 5,
        depth: 0,
        ...readAs,
      }),
    ),
  ])

  const scheduledDocs = await Promise.all(
    (scheduled?.docs ?? []).map(async (job) => {
      const input = job.input as { doc?: { relationTo?: string; value?: string }; type?: string } | undefined
      const target = input?.doc
      if (!target?.relationTo || !target.value || !draftCollections.some(({ collection }) => collection === target.relationTo)) return undefined
      const doc = await allowed(() =>
        payload.findByID({ collection: target.relationTo as 'posts', id: target.value as string, depth: 0, draft: true, ...readAs }),
      )
      return doc ? { id: job.id, collection: target.relationTo, docId: doc.id, title: doc.title, at: job.waitUntil as string, type: input?.type } : undefined
    }),
  ).then((entries) => entries.filter((entry) => entry !== undefined))

  return (
    <div className="mla-dashboard">
      <SearchForm adminRoute={adminRoute} />
      {pending.length > 0 && (
        <section aria-labelledby="mla-waiting">
          <h2 id="mla-waiting">Waiting for you</h2>
          <ul className="mla-counts">
            {pending.map((kind) => (
              <li key={kind.collection}>
                <a href={pendingListUrl(adminRoute, kind)} className={kind.count > 0 ? 'mla-count mla-count--due' : 'mla-count'}>
                  <strong data-count={kind.collection}>{kind.count}</strong>
                  <span>{kind.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="mla-columns">
        {screenings && (
          <section aria-labelledby="mla-screenings">
            <h2 id="mla-screenings">Next screenings</h2>
            {screenings.docs.length === 0 ? (
              <p>No screenings are coming up.</p>
            ) : (
              <ul className="mla-list">
                {screenings.docs.map((screening) => (
                  <li key={screening.id}>
                    <a href={editUrl(adminRoute, 'screenings', screening.id)}>{screening.title}</a>
                    <span>
                      {formatEventDate(screening.startsAt, screening.startsAt_tz, 'en')},{' '}
                      {formatEventTimes(screening.startsAt, undefined, screening.startsAt_tz, 'en')}
                      {screening.venue?.city ? ` · ${screening.venue.city}` : ''}
                      {screening._status === 'draft' ? ' · draft' : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <a href={`${adminRoute}/collections/screenings/create`}>Add a screening</a>
          </section>
        )}
        {(drafts.length > 0 || scheduledDocs.length > 0) && (
          <section aria-labelledby="mla-drafts">
            <h2 id="mla-drafts">Drafts and scheduled</h2>
            <ul className="mla-list">
              {scheduledDocs.map((entry) => (
                <li key={`job-${entry.id}`}>
                  <a href={editUrl(adminRoute, entry.collection, entry.docId)}>{entry.title || 'Untitled'}</a>
                  <span>
                    {entry.type === 'unpublish' ? 'Unpublishes' : 'Publishes'} {formatShortDate(entry.at, 'en')},{' '}
                    {formatEventTimes(entry.at, undefined, siteTimeZone, 'en')}
                  </span>
                </li>
              ))}
              {drafts.map((draft) => (
                <li key={`${draft.collection}-${draft.id}`}>
                  <a href={editUrl(adminRoute, draft.collection, draft.id)}>{draft.title || 'Untitled'}</a>
                  <span>
                    {draft.label} draft · edited {formatShortDate(draft.updatedAt, 'en')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  )
}
