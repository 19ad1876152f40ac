import { choiceLabel, screeningStatuses } from '@made-in-la/shared/choices'
import { formatEventDate, formatEventTimes } from '@made-in-la/shared/format'
import { distanceLabel, nearbyRadii, placeLabel } from '@made-in-la/shared/places'
import type { PublishedScreening } from '@made-in-la/shared/published'
import { screeningsWidget, widgetLimit } from '@made-in-la/shared/screeningsWidget'
import { isoWithOffset } from '@made-in-la/shared/timeZones'
import type { H3Event } from 'h3'

import en from '../../i18n/locales/en.json'
import es from '../../i18n/locales/es.json'
import type { SiteLocale } from './locale'

/**
 * The screenings widget as its two renderers get it (embed/screenings.js in a partner's page, and the
 * frame routes/embed/screenings.ts): every text already in the reader's language, every date in the
 * screening's own time zone, every link absolute on the site's public address.
 */
export type WidgetScreening = {
  title: string
  url: string
  calendarUrl: string
  startsAt: string
  date: string
  times: string
  venue: string
  status: string | null
  distance: string | null
}

export type ScreeningsWidgetView = {
  locale: SiteLocale
  heading: string
  screenings: WidgetScreening[]
  /** What to say when there are none: the widget never shows an empty box. */
  empty: string | null
  calendarLabel: string
  links: { url: string; label: string }[]
}

const messages = { en, es }

/** A message of the site's own (i18n/locales), with its `{name}` placeholders filled in. */
const message = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))

const toWidgetScreening = (screening: PublishedScreening & { distanceKm?: number | null }, locale: SiteLocale, absolute: (path: string) => string) => {
  const { title, slug, startsAt, endsAt, timeZone, venue, status, distanceKm } = screening
  return {
    title,
    url: absolute(`${locale === 'es' ? '/es' : ''}/screenings/${slug}`),
    calendarUrl: absolute(`/calendar/${slug}.ics${locale === 'es' ? '?locale=es' : ''}`),
    startsAt: isoWithOffset(startsAt, timeZone),
    date: formatEventDate(startsAt, timeZone, locale),
    times: formatEventTimes(startsAt, endsAt, timeZone, locale),
    venue: [venue.name, venue.city, venue.region].filter(Boolean).join(', '),
    status: status && status !== 'scheduled' ? choiceLabel(screeningStatuses, status, locale) : null,
    distance: typeof distanceKm === 'number' ? message(messages[locale].screenings.distance, { distance: distanceLabel(distanceKm, locale) }) : null,
  }
}

/**
 * Upcoming screenings near a place (what utils/screenings.ts finds for the screenings page), or in a
 * region, or all of them, soonest or nearest first, up to the limit asked for. The query is already in
 * its canonical form (utils/canonicalUrl.ts): values are well formed and the limit is bounded. A
 * region no screening has is answered from the cached list of every screening, without a read.
 */
export const screeningsWidgetView = async (event: H3Event): Promise<ScreeningsWidgetView> => {
  const query = getQuery(event)
  const text = (name: string) => (typeof query[name] === 'string' && query[name] ? String(query[name]) : undefined)
  const locale = localeOf(event)
  const t = messages[locale]
  const limit = widgetLimit(text('limit') ?? '') ?? screeningsWidget.limit.default
  const prefix = locale === 'es' ? '/es' : ''
  const absolute = (path: string) => new URL(path, useRuntimeConfig().public.siteUrl).toString()
  const links = [
    { url: absolute(`${prefix}/screenings`), label: t.widget.all },
    { url: absolute(`${prefix}/host-a-screening`), label: t.widget.host },
  ]
  const view = (heading: string, screenings: (PublishedScreening & { distanceKm?: number | null })[], empty: string, moreUrl = links[0]!.url) => ({
    locale,
    heading,
    screenings: screenings.slice(0, limit).map((screening) => toWidgetScreening(screening, locale, absolute)),
    empty: screenings.length ? null : empty,
    calendarLabel: t.widget.calendar,
    links: [{ ...links[0]!, url: moreUrl }, links[1]!],
  })

  const near = text('near')
  if (near) {
    const radiusKm = Number(text('radius') ?? nearbyRadii.default)
    await limitLookups(event, 'place searches')
    const found = await screeningsNear(locale, near, radiusKm)
    const moreUrl = absolute(`${prefix}/screenings?${new URLSearchParams({ near, radius: String(radiusKm) })}`)
    if (!found.near.place) return view(t.widget.heading, [], message(t.screenings.nearNotFound, { search: near }), moreUrl)
    const place = placeLabel(found.near.place, locale)
    return view(message(t.widget.headingNear, { km: radiusKm, place }), found.screenings, message(t.screenings.nearNone, { km: radiusKm, place }), moreUrl)
  }

  const asked = text('region')
  if (!asked) return view(t.widget.heading, await filteredScreenings(locale, 'upcoming', {}), t.widget.none)
  // "ca" is CA: partners type regions as they like.
  const { options, namesNone } = await screeningFilterOptions(locale)
  const region = options.regions.find((known) => known.toLowerCase() === asked.toLowerCase()) ?? asked
  const heading = message(t.widget.headingIn, { region })
  const none = message(t.widget.noneIn, { region })
  if (namesNone({ region })) return view(heading, [], none)
  const moreUrl = absolute(`${prefix}/screenings?${new URLSearchParams({ region })}`)
  return view(heading, await filteredScreenings(locale, 'upcoming', { region }), none, moreUrl)
}
