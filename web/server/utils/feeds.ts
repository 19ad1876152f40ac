import { FeedPostsDocument } from '@made-in-la/shared/graphql'
import { venueLine } from '@made-in-la/shared/calendar'
import { formatEventDate, formatEventTimes } from '@made-in-la/shared/format'
import { mediaUrl } from '@made-in-la/shared/media'
import { publishedScreenings } from '@made-in-la/shared/published'
import { Feed } from 'feed'
import type { H3Event } from 'h3'

import type { SiteLocale } from './locale'

const fetchFeedPosts = cachedCmsQuery('feed-posts', (locale: SiteLocale) => cmsQuery(FeedPostsDocument, { locale }))

const localePrefix = (locale: SiteLocale) => (locale === 'es' ? '/es' : '')

/** The blog in one language as RSS 2.0, built by the `feed` library from the published posts. */
export const blogFeed = async (locale: SiteLocale) => {
  const { siteUrl, siteName } = useRuntimeConfig().public
  const { Posts } = await fetchFeedPosts(locale)
  const blogUrl = new URL(`${localePrefix(locale)}/blog`, siteUrl).toString()
  const feed = new Feed({
    title: `${siteName} · Blog`,
    description: locale === 'es' ? 'Noticias de la campaña Made in L.A. y de campañas aliadas.' : 'News from the Made in L.A. campaign and allied campaigns.',
    id: blogUrl,
    link: blogUrl,
    language: locale,
    favicon: new URL('/favicon.svg', siteUrl).toString(),
    copyright: `${siteName}`,
    feedLinks: { rss: new URL(`${localePrefix(locale)}/feed.xml`, siteUrl).toString() },
  })
  for (const post of Posts?.docs ?? []) {
    const link = new URL(`${localePrefix(locale)}/blog/${post.slug}`, siteUrl).toString()
    feed.addItem({
      title: post.title ?? '',
      id: link,
      link,
      description: post.excerpt ?? undefined,
      date: new Date(post.publishedAt ?? post.updatedAt ?? Date.now()),
      author: post.author ? [{ name: post.author }] : undefined,
      category: (post.categories ?? []).map((category) => ({ name: category.title ?? '' })),
      image: post.heroImage?.url ? new URL(mediaUrl(post.heroImage.url) ?? '', siteUrl).toString() : undefined,
    })
  }
  return feed.rss2()
}

const sameName = (a: string | null | undefined, b: string) => (a ?? '').localeCompare(b, undefined, { sensitivity: 'base' }) === 0

/**
 * The published screenings a calendar or feed lists: all of them, or those of one state or region
 * (`?region=CA`) or city (`?city=Los Angeles`), matched without regard to case or accents. A place no
 * screening has is a 404, so a typo is noticed rather than subscribed to.
 */
export const screeningsFor = async (event: H3Event, locale: SiteLocale) => {
  const query = getQuery(event)
  const text = (name: string) => (typeof query[name] === 'string' && query[name] ? String(query[name]).slice(0, 120) : undefined)
  const region = text('region')
  const city = text('city')
  const { Screenings } = await fetchScreeningList({ locale, sort: 'startsAt', limit: 100 })
  const every = publishedScreenings(Screenings?.docs)
  const chosen = every.filter((screening) => (!region || sameName(screening.venue.region, region)) && (!city || sameName(screening.venue.city, city)))
  if (
    (region || city) &&
    !chosen.length &&
    !every.some((screening) => (region ? sameName(screening.venue.region, region) : sameName(screening.venue.city, city!)))
  ) {
    throw createError({ statusCode: 404, statusMessage: `No screenings in ${region ?? city}` })
  }
  return { screenings: chosen, place: [city, region].filter(Boolean).join(', ') }
}

/** Upcoming screenings as RSS 2.0, soonest first: for feed readers and partner sites. */
export const screeningsFeed = (screenings: Awaited<ReturnType<typeof screeningsFor>>, locale: SiteLocale, selfUrl: string) => {
  const { siteUrl, siteName } = useRuntimeConfig().public
  const listUrl = new URL(`${localePrefix(locale)}/screenings`, siteUrl).toString()
  const title = locale === 'es' ? 'Proyecciones' : 'Screenings'
  const feed = new Feed({
    title: `${siteName} · ${title}${screenings.place ? ` · ${screenings.place}` : ''}`,
    description: locale === 'es' ? 'Próximas proyecciones comunitarias de Made in L.A.' : 'Upcoming community screenings of Made in L.A.',
    id: selfUrl,
    link: listUrl,
    language: locale,
    copyright: `${siteName}`,
    feedLinks: { rss: selfUrl },
  })
  const now = Date.now()
  for (const screening of screenings.screenings.filter((item) => new Date(item.startsAt).getTime() >= now)) {
    const link = new URL(`${localePrefix(locale)}/screenings/${screening.slug}`, siteUrl).toString()
    const when = `${formatEventDate(screening.startsAt, screening.timeZone, locale)}, ${formatEventTimes(screening.startsAt, screening.endsAt, screening.timeZone, locale)}`
    feed.addItem({
      title: screening.title,
      id: link,
      link,
      description: `${when}. ${venueLine(screening.venue)}`,
      date: new Date(screening.updatedAt ?? screening.startsAt),
    })
  }
  return feed.rss2()
}
