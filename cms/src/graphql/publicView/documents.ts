import { availabilities, type ChoiceList, dvdFormats, licences, resourceLanguages, screeningStatuses } from '@made-in-la/shared/choices'
import { documentPath } from '@made-in-la/shared/redirects'
import { isoWithOffset } from '@made-in-la/shared/timeZones'

import type { PublicUrls } from './urls'
import { richTextOut } from './richText'

/**
 * Published documents as partners read them: every field a published document always has is
 * present, money is a decimal string with its currency, choices carry their labels in both
 * languages, addresses are absolute and rich text is HTML and plain text. A document missing one of
 * its essentials (written before a field was required) is left out rather than answered with a null
 * where the schema promises a value.
 */
type Doc = Record<string, unknown>
type Labelled = { value: string; label: { en: string; es: string } }

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null)
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const object = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : null)

const choice = (list: ChoiceList, value: unknown): Labelled | null => {
  if (typeof value !== 'string') return null
  const label = (list.labels as Record<string, { en: string; es: string }>)[value]
  return label ? { value, label } : null
}

/** The digits a currency's amounts are written with (2 for the dollar and the euro, 0 for the yen). */
const minorDigits = (currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2

/** A price as partners should store it: a decimal string, never a binary fraction, and its currency. */
export const money = (amount: unknown, currency: unknown) => {
  const value = number(amount)
  const code = text(currency)
  if (value === null || !code) return null
  return { amount: value.toFixed(minorDigits(code)), currency: code }
}

export const image = (value: unknown, urls: PublicUrls) => {
  const media = object(value)
  const url = text(media?.url)
  if (!media || !url) return null
  const sizes = Object.entries(object(media.sizes) ?? {}).flatMap(([name, size]) => {
    const { url: sizeUrl, width, height, mimeType } = object(size) ?? {}
    return text(sizeUrl) && number(width) && number(height) ? [{ name, url: urls.media(sizeUrl as string), width, height, mimeType: text(mimeType) }] : []
  })
  return { url: urls.media(url), alt: text(media.alt) ?? '', width: number(media.width), height: number(media.height), mimeType: text(media.mimeType), sizes }
}

export const publicScreening = (doc: Doc, urls: PublicUrls) => {
  const venue = object(doc.venue)
  const [title, slug, startsAt, timeZone] = [text(doc.title), text(doc.slug), text(doc.startsAt), text(doc.timeZone)]
  const status = choice(screeningStatuses, doc.status)
  const language = choice(resourceLanguages, doc.language)
  if (!title || !slug || !startsAt || !timeZone || !status || !language || !venue || !text(venue.name) || !text(venue.city) || !text(venue.country)) return null
  const endsAt = text(doc.endsAt)
  const admission = object(doc.admission) ?? {}
  const host = object(doc.host)
  const isFree = admission.isFree !== false
  return {
    id: String(doc.id),
    slug,
    title,
    status,
    startsAt,
    startsAtLocal: isoWithOffset(startsAt, timeZone),
    endsAt,
    endsAtLocal: endsAt ? isoWithOffset(endsAt, timeZone) : null,
    timeZone,
    startTimeConfirmed: doc.startTimeConfirmed !== false,
    venue: {
      name: venue.name,
      address: text(venue.address),
      postalCode: text(venue.postalCode),
      city: venue.city,
      region: text(venue.region),
      country: venue.country,
      latitude: number(venue.latitude),
      longitude: number(venue.longitude),
    },
    host: host && text(host.name) ? { name: host.name, url: text(host.url) } : null,
    admission: { isFree, price: isFree ? null : money(admission.price, admission.currency), rsvpUrl: text(admission.rsvpUrl) },
    description: text(doc.description),
    accessibility: text(doc.accessibility),
    language,
    subtitles: (Array.isArray(doc.subtitles) ? doc.subtitles : []).map((value) => choice(resourceLanguages, value)).filter((item) => item !== null),
    url: urls.site(documentPath('screenings', slug)),
    calendarUrl: urls.file(`/calendar/${slug}.ics`),
    updatedAt: text(doc.updatedAt) ?? startsAt,
  }
}

export const publicPost = (doc: Doc, urls: PublicUrls) => {
  const [title, slug] = [text(doc.title), text(doc.slug)]
  const publishedAt = text(doc.publishedAt) ?? text(doc.createdAt)
  if (!title || !slug || !publishedAt) return null
  const categories = (Array.isArray(doc.categories) ? doc.categories : []).flatMap((value) => {
    const category = object(value)
    return category && text(category.slug) && text(category.title) ? [{ id: String(category.id), slug: category.slug, title: category.title }] : []
  })
  return {
    id: String(doc.id),
    slug,
    title,
    excerpt: text(doc.excerpt),
    author: text(doc.author),
    publishedAt,
    heroImage: image(doc.heroImage, urls),
    categories,
    content: richTextOut(doc.content, urls),
    url: urls.site(documentPath('posts', slug)),
    updatedAt: text(doc.updatedAt) ?? publishedAt,
  }
}

export const publicDvd = (doc: Doc, urls: PublicUrls) => {
  const [title, slug] = [text(doc.title), text(doc.slug)]
  const [licence, format, availability] = [choice(licences, doc.licence), choice(dvdFormats, doc.format), choice(availabilities, doc.availability)]
  const price = money(doc.price, doc.currency)
  if (!title || !slug || !licence || !format || !availability || !price) return null
  return {
    id: String(doc.id),
    slug,
    title,
    summary: text(doc.summary),
    licence,
    format,
    availability,
    price,
    includes: (Array.isArray(doc.includes) ? doc.includes : []).flatMap((row) => (text(object(row)?.item) ? [object(row)!.item as string] : [])),
    region: text(doc.region),
    runningTimeMinutes: number(doc.runningTimeMinutes),
    purchaseUrl: text(doc.purchaseUrl),
    orderInstructions: text(doc.orderInstructions),
    image: image(doc.image, urls),
    url: urls.site('/buy-the-dvd'),
    updatedAt: text(doc.updatedAt) ?? '',
  }
}
