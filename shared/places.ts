/** Near-me search on the screenings page: the radii offered, in kilometres, and the default. */
export const nearbyRadii = { options: [10, 25, 50, 100, 250], default: 50 } as const

type PlaceLike = { kind: string; name: string; region: string; country: string }

/**
 * What to search for to get this place again: a ZIP code, "Springfield, IL" (a US state), or
 * "Montréal, CA" (a country code, as GeoNames' region codes elsewhere are only numbers).
 */
export const placeQuery = (place: PlaceLike) => {
  if (place.kind === 'zip') return place.name.split(' ')[0] ?? place.name
  return place.country === 'US' && place.region ? `${place.name}, ${place.region}` : `${place.name}, ${place.country}`
}

/** The place as a visitor reads it: "Springfield, IL", "Montréal, Canada", "90012 Los Angeles, CA". */
export const placeLabel = (place: PlaceLike, locale: string) => {
  if (place.country === 'US') return place.region ? `${place.name}, ${place.region}` : place.name
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(place.country) ?? place.country
  return `${place.name}, ${country}`
}

/** "12 km", with miles beside them in English. */
export const distanceLabel = (km: number, locale: string) => {
  const kmText = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)
  if (!locale.startsWith('en')) return kmText
  const miles = new Intl.NumberFormat(locale, { style: 'unit', unit: 'mile', maximumFractionDigits: km < 16 ? 1 : 0 }).format(km / 1.609344)
  return `${kmText} (${miles})`
}
