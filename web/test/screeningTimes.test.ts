/**
 * A time means the same thing wherever the editor sits. An editor enters a Chicago screening in the
 * admin from browsers set to three zones; the site, its calendar file, its Google Calendar link and
 * its JSON-LD all say 7:00 PM Central, and the admin shows 7:00 PM again from another zone. A host
 * request's day stays that day everywhere, and its draft screening waits for an hour. In Chromium.
 */
import ICAL from 'ical.js'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'
import { signedInAdmin } from './helpers/admin'
import { cmsApi } from './helpers/cms'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const browserZones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'] as const
// The admin fills its fields and list cells after the page loads.
const patiently = { timeout: 20_000, interval: 250 }
let browser: Browser

const cms = cmsApi

const adminIn = (timezoneId: string) => signedInAdmin(browser, { timezoneId })

const inZone = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

const jsonLdEvent = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => JSON.parse(match[1]!))
    .find((data) => data['@type'] === 'Event')

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe.each(browserZones)('an editor whose browser is on %s', (browserZone) => {
  const title = `Chicago union hall screening (${browserZone}) ${Date.now()}`
  let id: string
  let slug: string

  test('enters 7:00 PM for a Chicago screening, and 7:00 PM Central is what is stored', async () => {
    const { context, page } = await adminIn(browserZone)
    await page.goto(`${cmsUrl}/admin/collections/screenings/create`)
    await page.locator('#field-title').fill(title)
    await page.locator('#startsAt-timezone-picker').fill('Central Time (Chicago)')
    await page.keyboard.press('Enter')
    const startsAt = page.locator('#field-startsAt input[type="text"]').first()
    await startsAt.click()
    await startsAt.fill('Thu 17 Dec 2026, 7:00 PM')
    await page.keyboard.press('Escape')
    await page.locator('#field-venue__name').fill('Union Hall')
    await page.locator('#field-venue__city').fill('Chicago')
    await page.locator('#field-venue__region').fill('IL')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.waitForURL(/\/admin\/collections\/screenings\/[0-9a-f-]{36}$/)
    id = page.url().split('/').at(-1)!
    await context.close()

    const stored = await cms('GET', `/api/screenings/${id}?depth=0`)
    expect(stored.body).toMatchObject({
      startsAt: '2026-12-18T01:00:00.000Z',
      startsAt_tz: 'America/Chicago',
      timeZone: 'America/Chicago',
      _status: 'published',
    })
    slug = stored.body.slug
  })

  test('the site, its .ics file, its Google Calendar link and its JSON-LD all say 7:00 PM Central', async () => {
    const html = await (await fetch(`${webUrl}/screenings/${slug}`, { headers: { accept: 'text/html' } })).text()
    expect(html).toContain('Thursday, December 17, 2026')
    expect(html).toMatch(/7:00\s?PM CST/)
    expect(html).toContain('Central Time (Chicago)')
    expect(jsonLdEvent(html)?.startDate).toBe('2026-12-17T19:00:00-06:00')

    const google = new URL(html.match(/href="(https:\/\/calendar\.google\.com[^"]+)"/)![1]!.replaceAll('&amp;', '&'))
    expect(google.searchParams.get('ctz')).toBe('America/Chicago')
    expect(google.searchParams.get('dates')).toBe('20261218T010000Z/20261218T030000Z')

    const ics = await (await fetch(`${webUrl}/calendar/${slug}.ics`)).text()
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(inZone(event!.startDate.toJSDate().toISOString(), 'America/Chicago')).toBe('Dec 17, 2026, 7:00 PM')
  })

  test('the admin shows 7:00 PM Central when the screening is reopened from another zone', async () => {
    const otherZone = browserZones[(browserZones.indexOf(browserZone) + 1) % browserZones.length]!
    const { context, page } = await adminIn(otherZone)
    await page.goto(`${cmsUrl}/admin/collections/screenings/${id}`)
    await expect.poll(() => page.locator('#field-startsAt input[type="text"]').first().inputValue(), patiently).toBe('Thu 17 Dec 2026, 7:00 PM')
    await expect.poll(() => page.locator('#field-startsAt .timezone-picker').textContent(), patiently).toContain('Central Time (Chicago)')
    await page.goto(`${cmsUrl}/admin/collections/screenings?search=${encodeURIComponent(title)}`)
    await expect.poll(() => page.locator('tbody tr').first().textContent(), patiently).toContain('Thu 17 Dec 2026, 7:00 PM')
    await context.close()
  })
})

describe('a host request for 15 January', () => {
  const organisation = `Chicago garment workers ${Date.now()}`
  let requestId: string
  let screeningId: string

  beforeAll(async () => {
    const created = await cms(
      'POST',
      '/api/host-requests',
      { name: 'Ana', email: 'ana@example.org', organisation, city: 'Chicago', region: 'IL', country: 'US', preferredDate: '2027-01-15' },
      `users API-Key ${inject('siteApiKey')}`,
    )
    expect(created.status).toBe(201)
    requestId = created.body.doc.id
    const confirmed = await cms('PATCH', `/api/host-requests/${requestId}`, { status: 'confirmed', createScreening: true })
    screeningId = confirmed.body.doc.screening?.id ?? confirmed.body.doc.screening
  })

  test.each(browserZones)('shows 15 January in the admin list and form from %s', async (browserZone) => {
    const { context, page } = await adminIn(browserZone)
    await page.goto(`${cmsUrl}/admin/collections/host-requests?search=${encodeURIComponent(organisation)}`)
    // The day alone, with no "00:00" after it.
    await expect.poll(() => page.locator('tbody tr .cell-preferredDate').first().textContent(), patiently).toBe('15 Jan 2027')
    await page.goto(`${cmsUrl}/admin/collections/host-requests/${requestId}`)
    await expect.poll(() => page.locator('#field-preferredDate input[type="text"]').first().inputValue(), patiently).toBe('15 Jan 2027')
    await context.close()
  })

  test.each(browserZones)('its draft screening is dated 15 January in Chicago, and cannot be published without an hour, from %s', async (browserZone) => {
    const { context, page } = await adminIn(browserZone)
    await page.goto(`${cmsUrl}/admin/collections/screenings/${screeningId}`)
    await expect.poll(() => page.locator('#field-startsAt input[type="text"]').first().inputValue(), patiently).toBe('Fri 15 Jan 2027, 12:00 PM')
    await expect.poll(() => page.locator('#field-startsAt .timezone-picker').textContent(), patiently).toContain('Central Time (Chicago)')
    await expect.poll(() => page.getByText('only the day is known').isVisible(), patiently).toBe(true)
    await page
      .getByRole('button', { name: /^Publish/ })
      .first()
      .click()
    await page
      .getByText(/choose the start time before publishing/)
      .first()
      .waitFor()
    await context.close()
    const stored = await cms('GET', `/api/screenings/${screeningId}?draft=true&depth=0`)
    expect(stored.body).toMatchObject({ _status: 'draft', startTimeConfirmed: false, startsAt: '2027-01-15T18:00:00.000Z' })
  })
})

describe('months on the calendar of the place', () => {
  test('a screening at 11 pm on 31 March in Los Angeles is listed under March, not April', async () => {
    const created = await cms('POST', '/api/screenings', {
      title: `Late March screening ${Date.now()}`,
      startsAt: '2027-04-01T06:00:00.000Z',
      startsAt_tz: 'America/Los_Angeles',
      venue: { name: 'Late Hall', city: 'Late City', country: 'US' },
      _status: 'published',
    })
    expect(created.status).toBe(201)
    // April needs a screening of its own to be a month the list knows (an unknown month is a 404).
    const april = await cms('POST', '/api/screenings', {
      title: `Mid April screening ${Date.now()}`,
      startsAt: '2027-04-15T02:00:00.000Z',
      startsAt_tz: 'America/New_York',
      venue: { name: 'April Hall', city: 'April City', country: 'US' },
      _status: 'published',
    })
    expect(april.status).toBe(201)
    const list = async (month: string) =>
      (await (await fetch(`${webUrl}/api/screenings?month=${month}&city=Late%20City`)).json()) as {
        screenings: { id: string }[]
        options: { months: string[] }
      }
    const march = await list('2027-03')
    expect(march.screenings.map((screening) => screening.id)).toContain(created.body.doc.id)
    expect(march.options.months).toContain('2027-03')
    expect((await list('2027-04')).screenings.map((screening) => screening.id)).not.toContain(created.body.doc.id)
    expect((await fetch(`${webUrl}/api/screenings?month=2031-07`)).status).toBe(404)
  })

  test("a post published on the evening of 30 November in Los Angeles is in November's archive", async () => {
    const created = await cms('POST', '/api/posts', {
      title: `Evening post ${Date.now()}`,
      excerpt: 'Late in the day',
      publishedAt: '2026-12-01T04:00:00.000Z',
      content: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: null,
              format: '',
              indent: 0,
              textFormat: 0,
              children: [{ type: 'text', version: 1, text: 'Body', format: 0, detail: 0, mode: 'normal', style: '' }],
            },
          ],
        },
      },
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const november = (await (await fetch(`${webUrl}/api/posts?month=2026-11`)).json()) as { posts: { docs: { id: string }[] }; months: string[] }
    expect(november.posts.docs.map((post) => post.id)).toContain(created.body.doc.id)
    expect(november.months).toContain('2026-11')
    const html = await (await fetch(`${webUrl}/blog/${created.body.doc.slug}`, { headers: { accept: 'text/html' } })).text()
    expect(html).toContain('Nov 30, 2026')
  })
})
