/**
 * Find a screening near you: a plain GET form on /screenings (no JavaScript needed), answered from
 * the CMS's offline gazetteer and its radius query, in both languages, through the built site.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest'

import { findPlaces } from '../../cms/src/places/places'
import { haversineKm } from '../../cms/test/helpers/geo'
import { adminToken } from './helpers/cms'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const tag = `near-${process.pid}-${Date.now()}`

type Stored = { title: string; venue: { latitude: number; longitude: number } }
const screenings: Record<string, Stored> = {}

const page = async (path: string) => {
  const response = await fetch(`${webUrl}${path}`)
  return { status: response.status, html: await response.text() }
}

/** The screening cards of a page, in order: their titles and the distance they show. */
const cards = (html: string) =>
  [...html.matchAll(/<article class="card screening-card">([\s\S]*?)<\/article>/g)].map(([, card]) => ({
    title: /<h3>[\s\S]*?>([^<]+)<\/a>/.exec(card!)?.[1]?.trim(),
    km: Number(/class="distance">([\d.,]+) km/.exec(card!)?.[1]?.replace(',', '.')),
  }))

beforeAll(async () => {
  const token = await adminToken()
  for (const [key, city] of [
    ['madison', 'Madison'],
    ['sunPrairie', 'Sun Prairie'],
    ['janesville', 'Janesville'],
    ['milwaukee', 'Milwaukee'],
  ] as const) {
    const response = await fetch(`${cmsUrl}/api/screenings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: `${city} ${tag}`,
        startsAt: '2031-03-10T01:00:00.000Z',
        startsAt_tz: 'America/Chicago',
        venue: { name: 'Public Library', city, region: 'WI', country: 'US' },
        admission: { isFree: true },
        language: 'en',
        status: 'scheduled',
        _status: 'published',
      }),
    })
    expect(response.status).toBe(201)
    screenings[key] = (await response.json()).doc
  }
})

describe('near me', () => {
  test('by ZIP code: the screenings within the radius, nearest first, with distances a reference agrees with', async () => {
    const [centre] = await findPlaces('53703')
    const { status, html } = await page('/screenings?near=53703&radius=50')
    expect(status).toBe(200)
    expect(html).toContain('Upcoming screenings within 50 km of 53703 Madison, WI')
    const mine = cards(html).filter((card) => card.title?.endsWith(tag))
    expect(mine.map((card) => card.title)).toEqual([screenings.madison!.title, screenings.sunPrairie!.title])
    for (const card of mine) {
      const stored = Object.values(screenings).find((screening) => screening.title === card.title)!
      expect(Math.abs(card.km - haversineKm(centre!, stored.venue))).toBeLessThan(1)
    }
  })

  test('by city, in a wider radius, and in Spanish', async () => {
    const { html } = await page('/screenings?near=Madison%2C+WI&radius=100')
    const titles = cards(html)
      .filter((card) => card.title?.endsWith(tag))
      .map((card) => card.title)
    expect(titles).toEqual([screenings.madison!.title, screenings.sunPrairie!.title, screenings.janesville!.title])
    const spanish = await page('/es/screenings?near=Madison%2C+WI&radius=100')
    expect(spanish.html).toContain('Próximas proyecciones a menos de 100 km de Madison, WI')
    expect(spanish.html).toMatch(/class="distance">a [\d,]+ km</)
  })

  test('an ambiguous city offers its places as links, and a link finds that one', async () => {
    const { html } = await page('/screenings?near=Springfield')
    expect(html).toContain('Which one do you mean?')
    const links = [...html.matchAll(/href="(\/screenings\?near=Springfield[^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'))
    expect(links.length).toBeGreaterThanOrEqual(3)
    const illinois = links.find((link) => new URL(link, webUrl).searchParams.get('near') === 'Springfield, IL')
    expect(illinois).toBeDefined()
    const chosen = await page(illinois!)
    expect(chosen.html).toContain('within 50 km of Springfield, IL')
  })

  test('a place nobody knows says so; a radius not offered is a 404', async () => {
    expect((await page('/screenings?near=Nowhereville%2C+Atlantis')).html).toContain('We could not find “Nowhereville, Atlantis”')
    expect((await page('/screenings?near=Madison&radius=7')).status).toBe(404)
  })
})

describe('"Tell me when there is a screening near me"', () => {
  const postAlert = (fields: Record<string, string>, visitor: string) =>
    fetch(`${webUrl}/api/forms/screeningAlert`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': visitor },
      body: new URLSearchParams({ locale: 'es', startedAt: String(Date.now() - 10_000), website: '', returnTo: '/es/screenings', ...fields }),
    })

  test('the form on /screenings works without JavaScript and stores a pending alert for the place it names', async () => {
    const { html } = await page('/es/screenings')
    expect(html).toContain('id="form-screeningAlert"')
    expect(html).toContain('Avísame cuando haya una proyección cerca')
    const email = `alert-${Date.now()}@example.org`
    const response = await postAlert({ email, place: 'Madison, WI', radiusKm: '100', consent: 'on' }, '10.61.0.1')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/es/screenings?sent=screeningAlert#form-screeningAlert')
    const token = await adminToken()
    await expect
      .poll(async () => {
        const stored = await fetch(`${cmsUrl}/api/screening-alerts?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
          headers: { authorization: `JWT ${token}` },
        })
        return (await stored.json()).docs[0]
      })
      .toMatchObject({ status: 'pending', radiusKm: '100', locale: 'es', matchedPlace: 'Madison, WI, US' })
  })

  test('a place nobody can find is refused beside the field, in the page language, and the input is kept', async () => {
    const response = await postAlert(
      { email: `nowhere-${Date.now()}@example.org`, place: 'Nowhereville, Atlantis', radiusKm: '50', consent: 'on' },
      '10.61.0.2',
    )
    expect(response.status).toBe(303)
    const back = response.headers.get('location')!
    expect(back).toMatch(/^\/es\/screenings\?formState=/)
    const { status, html } = await page(back)
    expect(status).toBe(422)
    expect(html).toContain('No encontramos ese lugar')
    expect(html).toContain('value="Nowhereville, Atlantis"')
  })
})
