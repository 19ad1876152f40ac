import type { CollectionAfterChangeHook } from 'payload'

import type { HostRequest, Screening } from '@made-in-la/shared/payload-types'
import { instantAt, likelyTimeZone } from '@made-in-la/shared/timeZones'

/**
 * "Create a draft screening" on a confirmed host request: copies the request's details into a new
 * draft screening for the content team to finish, and links the two. One tick and a save.
 * The requested day is kept in the place's likely zone; the hour is the editor's to choose (noon
 * stands in, so the day survives a change of zone), and publishing waits until it is chosen.
 * The requester's message is private: it stays on the request, never in the public description.
 *
 * After the request is stored, not before: the embedded SQLite database runs without transactions
 * (Payload advises against them there), so a screening made before a write that then failed would
 * be left behind. Made afterwards, and found again by its link when a later step failed, a retried
 * save finishes the job instead of making a second screening. On MongoDB it all runs in one transaction.
 */
export const createScreeningFromRequest: CollectionAfterChangeHook<HostRequest> = async ({ doc, operation, req }) => {
  if (operation !== 'update' || !doc.createScreening || doc.screening) return doc

  const linked = await req.payload.find({
    collection: 'screenings',
    where: { hostRequest: { equals: doc.id } },
    draft: true,
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const timeZone = likelyTimeZone(doc.country, doc.region)
  const screening =
    linked.docs[0] ??
    (await req.payload.create({
      collection: 'screenings',
      draft: true,
      // In English, whatever language the admin shows: English is the language every title has.
      locale: 'en',
      req,
      overrideAccess: true,
      data: {
        _status: 'draft',
        title: `${doc.organisation} screening`,
        startsAt: instantAt(doc.preferredDate, { hour: 12 }, timeZone),
        startsAt_tz: timeZone as Screening['startsAt_tz'],
        startTimeConfirmed: false,
        venue: { name: doc.organisation, city: doc.city, region: doc.region, country: doc.country ?? 'US' },
        host: { name: doc.organisation },
        admission: { isFree: true },
        hostRequest: doc.id,
      },
    }))
  return req.payload.update({
    collection: 'host-requests',
    id: doc.id,
    data: { screening: screening.id, createScreening: false },
    depth: 0,
    req,
    overrideAccess: true,
  })
}
