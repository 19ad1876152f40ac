import type { CollectionBeforeChangeHook } from 'payload'

/**
 * "Create a draft screening" on a confirmed host request: copies the request's details into a new
 * draft screening for the content team to finish, and links the two. One tick and a save.
 */
export const createScreeningFromRequest: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !data.createScreening) return data
  const request = { ...originalDoc, ...data }
  if (request.screening) return { ...data, createScreening: false }

  const screening = await req.payload.create({
    collection: 'screenings',
    draft: true,
    req,
    overrideAccess: true,
    data: {
      _status: 'draft',
      title: `${request.organisation} screening`,
      startsAt: request.preferredDate,
      venue: { name: request.organisation, city: request.city, region: request.region, country: request.country ?? 'US' },
      host: { name: request.organisation },
      admission: { isFree: true },
      description: request.message ?? undefined,
      hostRequest: originalDoc.id,
    },
  })
  return { ...data, screening: screening.id, createScreening: false }
}
