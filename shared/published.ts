import type { DvdFieldsFragment, ScreeningFieldsFragment } from '@made-in-la/shared/graphql'

/**
 * Payload's GraphQL types every field as nullable on collections with drafts. What the site shows is
 * published, so these checks turn a CMS document into one whose essentials are known to be there,
 * and leave out anything that is not.
 */
export const toPublishedScreening = <S extends ScreeningFieldsFragment>(screening: S) => {
  const { title, slug, startsAt, timeZone, venue } = screening
  if (!title || !slug || !startsAt || !timeZone || !venue?.name || !venue.city || !venue.country) return null
  return {
    ...screening,
    title,
    slug,
    startsAt,
    timeZone,
    venue: { ...venue, name: venue.name, city: venue.city, country: venue.country },
  }
}

export type PublishedScreening<S extends ScreeningFieldsFragment = ScreeningFieldsFragment> = NonNullable<ReturnType<typeof toPublishedScreening<S>>>

export const publishedScreenings = <S extends ScreeningFieldsFragment>(screenings: S[] | null | undefined) =>
  (screenings ?? []).map((screening) => toPublishedScreening(screening)).filter(isPresent)

/** A DVD edition with what its card needs: a title, a price in a currency, its licence, format and availability. */
export const toPublishedDvd = (edition: DvdFieldsFragment) => {
  const { title, price, currency, licence, format, availability } = edition
  if (!title || price === null || price === undefined || !currency || !licence || !format || !availability) return null
  return { ...edition, title, price, currency, licence, format, availability }
}

export type PublishedDvd = NonNullable<ReturnType<typeof toPublishedDvd>>

export const isPresent = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined
