/** The feeds and calendars, read back with real parsers. */
import { $fetch, fetch, setup } from '@nuxt/test-utils/e2e'
import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { describe, expect, inject, test } from 'vitest'

import { adminToken } from './helpers/cms'

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

/** Each published screening's region and city, by the UID the calendar gives it. */
const storedScreenings = async () => {
  const response = await globalThis.fetch(`${inject('cmsUrl')}/api/screenings?limit=100&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: string; venue: { city: string; region: string | null } }[] }
  return new Map(docs.map((doc) => [`screening-${doc.id}@made-in-la`, doc.venue]))
}

describe('calendars and feeds for one place', () => {
  test('/screenings.ics?region=CA holds only California screenings, the seeded ones included', async () => {
    const response = await fetch('/screenings.ics?region=CA')
    expect(response.status).toBe(200)
    const events = calendarEvents(await response.text())
    expect(events.map((event) => event.summary)).toEqual(expect.arrayContaining(['Demo: Los Angeles community screening']))
    const venues = await storedScreenings()
    for (const event of events) expect(venues.get(event.uid)?.region, event.summary).toBe('CA')
    const all = calendarEvents(await (await fetch('/screenings.ics')).text())
    expect(events.length).toBeLessThan(all.length)
  })

  test('by city, without regard to case; a place with no screening is a 404', async () => {
    const events = calendarEvents(await (await fetch('/screenings.ics?city=chicago')).text())
    expect(events.length).toBeGreaterThan(0)
    const venues = await storedScreenings()
    for (const event of events) expect(venues.get(event.uid)?.city).toBe('Chicago')
    expect((await fetch('/screenings.ics?region=ZZ')).status).toBe(404)
    expect((await fetch('/screenings.xml?city=Atlantis')).status).toBe(404)
  })

  test('/screenings.xml?region=CA is RSS of upcoming California screenings, soonest first, in either language', async () => {
    const response = await fetch('/screenings.xml?region=CA')
    expect(response.headers.get('content-type')).toMatch(/application\/rss\+xml/)
    const feed = xml.parse(await response.text())
    expect(feed.rss['@_version']).toBe('2.0')
    const items: { title: string; link: string; description: string }[] = [feed.rss.channel.item].flat().filter(Boolean)
    expect(items.map((item) => item.title)).toContain('Demo: Los Angeles community screening')
    for (const item of items) {
      const screening = await $fetch<{ startsAt: string; venue: { region: string } }>(`/api/screenings/${item.link.split('/').pop()}`)
      expect(screening.venue.region).toBe('CA')
      expect(new Date(screening.startsAt).getTime()).toBeGreaterThan(Date.now())
    }
    const spanish = xml.parse(await (await fetch('/screenings.xml?region=CA&locale=es')).text())
    expect(spanish.rss.channel.language).toBe('es')
    expect([spanish.rss.channel.item].flat()[0].link).toMatch(/\/es\/screenings\//)
  })
})

describe('the Spanish blog feed', () => {
  test('/es/feed.xml is RSS 2.0 in Spanish, linking to the Spanish pages', async () => {
    const response = await fetch('/es/feed.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/rss\+xml/)
    const feed = xml.parse(await response.text())
    expect(feed.rss.channel.language).toBe('es')
    const items: { link: string }[] = [feed.rss.channel.item].flat()
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => /\/es\/blog\//.test(item.link))).toBe(true)
  })

  test('every page names the feed of its language for discovery', async () => {
    for (const [path, feed] of [
      ['/', '/feed.xml'],
      ['/screenings', '/feed.xml'],
      ['/es', '/es/feed.xml'],
      ['/es/about-the-film', '/es/feed.xml'],
    ]) {
      const html = await $fetch<string>(path, { responseType: 'text' })
      expect(html, path).toMatch(new RegExp(`<link[^>]+rel="alternate"[^>]+type="application/rss\\+xml"[^>]+href="${feed.replace(/\//g, '\\/')}"`))
    }
  })
})

describe('old links keep working', () => {
  test.each([
    ['/2009/06/breakthroughs-restore-fairness-campaign/', '/blog/breakthrough-restore-fairness-campaign'],
    ['/2009/06/breakthroughs-restore-fairness-campaign', '/blog/breakthrough-restore-fairness-campaign'],
    ['/?page_id=12', '/about-the-film'],
    ['/host.html', '/host-a-screening'],
    ['/DVD.html', '/buy-the-dvd'],
  ])('%s answers 301 to %s', async (from, to) => {
    const response = await fetch(from, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(to)
  })

  test('a redirect an editor adds works at once, and an address nobody redirected is still a 404', async () => {
    const token = await adminToken()
    const from = `/archive/${Date.now()}/old-screenings.html`
    const created = await globalThis.fetch(`${inject('cmsUrl')}/api/redirects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ from, to: { type: 'custom', url: '/screenings' } }),
    })
    expect(created.status).toBe(201)
    await expect.poll(async () => (await fetch(from, { redirect: 'manual' })).headers.get('location'), { timeout: 10_000 }).toBe('/screenings')
    expect((await fetch(`/archive/${Date.now()}/never-redirected.html`, { redirect: 'manual' })).status).toBe(404)
  })
})
