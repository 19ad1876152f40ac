/** The feeds and calendars, read back with real parsers. */
import { $fetch, fetch, setup } from '@nuxt/test-utils/e2e'
import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { describe, expect, inject, test } from 'vitest'

await setup({ host: inject('webUrl'), browser: false })

const xml = new XMLParser({ ignoreAttributes: false })

const calendarEvents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))

describe('RSS', () => {
  test('/feed.xml is RSS 2.0 with the seeded posts', async () => {
    const response = await fetch('/feed.xml')
    expect(response.headers.get('content-type')).toMatch(/application\/rss\+xml/)
    const feed = xml.parse(await response.text())
    expect(feed.rss['@_version']).toBe('2.0')
    const titles = feed.rss.channel.item.map((item: { title: string }) => item.title)
    expect(titles).toContain("Breakthrough's Restore Fairness campaign")
    const post = feed.rss.channel.item.find((item: { title: string }) => item.title.startsWith('Breakthrough'))
    expect(post.link).toMatch(/\/blog\/breakthrough-restore-fairness-campaign$/)
  })
})

describe('sitemap', () => {
  test('/sitemap.xml lists posts, pages and screenings with their Spanish alternates', async () => {
    const response = await fetch('/sitemap.xml', { redirect: 'follow' })
    expect(response.status).toBe(200)
    const parsed = xml.parse(await response.text())
    const sitemapUrls: string[] = parsed.sitemapindex ? [parsed.sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc) : []
    const documents = parsed.urlset
      ? [parsed]
      : await Promise.all(sitemapUrls.map(async (loc) => xml.parse(await $fetch<string>(new URL(loc).pathname, { responseType: 'text' }))))
    const locations = documents.flatMap((document) => [document.urlset.url].flat().map((entry: { loc: string }) => entry.loc))
    for (const path of [
      '/blog/breakthrough-restore-fairness-campaign',
      '/about-the-film',
      '/screenings/demo-los-angeles-community-screening',
      '/es/blog/breakthrough-restore-fairness-campaign',
    ]) {
      expect(
        locations.some((loc) => loc.endsWith(path)),
        path,
      ).toBe(true)
    }
  })
})

describe('calendars', () => {
  test('/screenings.ics holds every seeded screening, cancelled ones marked so', async () => {
    const response = await fetch('/screenings.ics')
    expect(response.headers.get('content-type')).toMatch(/text\/calendar/)
    const events = calendarEvents(await response.text())
    expect(events.map((event) => event.summary)).toEqual(
      expect.arrayContaining(['Demo: Los Angeles community screening', 'Demo: Houston screening (cancelled)']),
    )
    const houston = events.find((event) => event.summary.startsWith('Demo: Houston'))!
    expect(houston.component.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  test('one screening downloads as its own .ics, at the right instant', async () => {
    const screening = await $fetch<{ startsAt: string; title: string }>('/api/screenings/demo-new-york-university-screening')
    const [event] = calendarEvents(await $fetch<string>('/calendar/demo-new-york-university-screening.ics', { responseType: 'text' }))
    expect(event!.summary).toBe(screening.title)
    expect(event!.startDate.toJSDate().toISOString()).toBe(screening.startsAt)
    expect(event!.location).toContain('New York')
  })

  test('an unknown screening has no calendar', async () => {
    const response = await fetch('/calendar/no-such-screening.ics')
    expect(response.status).toBe(404)
  })
})
