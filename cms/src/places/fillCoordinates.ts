import type { CollectionBeforeChangeHook } from 'payload'

import { findPlaces, type Place } from './places'

type Venue = {
  city?: string | null
  region?: string | null
  country?: string | null
  postalCode?: string | null
  latitude?: number | null
  longitude?: number | null
  matchedPlace?: string | null
}

/** The place an address is in: its US ZIP code when it has one, else its city (in its region when that tells them apart). */
export const placeOfAddress = async ({ city, region, country, postalCode }: Venue): Promise<Place | undefined> => {
  const zip = country === 'US' ? /^\d{5}/.exec(postalCode?.trim() ?? '')?.[0] : undefined
  if (zip) {
    const [place] = await findPlaces(zip)
    if (place) return place
  }
  if (!city || !country) return undefined
  const candidates = await findPlaces(`${city}, ${country}`, 20)
  const inRegion = region ? (await findPlaces(`${city}, ${region}, ${country}`, 1))[0] : undefined
  return inRegion ?? candidates[0]
}

export const describePlace = (place: Place) =>
  place.kind === 'zip'
    ? `ZIP ${place.name}, ${place.region ? `${place.region}, ` : ''}US`
    : `${place.name}, ${place.country === 'US' ? `${place.region}, ` : ''}${place.country} (GeoNames ${place.id.slice('city:'.length)})`

const sameAddress = (a: Venue, b: Venue) => a.city === b.city && a.region === b.region && a.country === b.country && a.postalCode === b.postalCode
const hasCoordinates = (venue: Venue) => typeof venue.latitude === 'number' && typeof venue.longitude === 'number'

/**
 * A screening saved with a city but no coordinates gets those of its place, from the offline
 * gazetteer, and says which place it matched. Coordinates an editor typed are kept (and the match
 * is then forgotten); coordinates that were filled in follow the address when it changes.
 */
export const fillCoordinates: CollectionBeforeChangeHook = async ({ data, originalDoc }) => {
  if (!data.venue) return data
  const before: Venue = originalDoc?.venue ?? {}
  const venue: Venue = { ...before, ...data.venue }
  const filledBefore = Boolean(before.matchedPlace) && hasCoordinates(before)
  const keptFilled = filledBefore && venue.latitude === before.latitude && venue.longitude === before.longitude
  if (hasCoordinates(venue) && !(keptFilled && !sameAddress(venue, before))) {
    // Typed by an editor: no longer the matched place's.
    if (!keptFilled) data.venue = { ...data.venue, matchedPlace: null }
    return data
  }
  const place = await placeOfAddress(venue)
  data.venue = place
    ? { ...data.venue, latitude: place.latitude, longitude: place.longitude, matchedPlace: describePlace(place) }
    : { ...data.venue, ...(keptFilled ? { latitude: null, longitude: null } : {}), matchedPlace: null }
  return data
}
