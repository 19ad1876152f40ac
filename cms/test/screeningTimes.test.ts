/**
 * A time means the same thing wherever the editor sits: screenings carry their venue's zone in
 * Payload's own `startsAt_tz`, dates without a time of day stay on their day, and a draft made from
 * a host request keeps the requested day and waits for an hour. Through the real HTTP API.
 */
import { beforeAll, expect, test } from 'vitest'

import { api, type Auth, graphql } from './helpers/http'
import { sampleData } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'

let editor: Auth
let moderator: Auth
let site: Auth

beforeAll(async () => {
  ;({ editor, moderator, site } = await signInAsEveryRole())
})

test("a screening stores the instant and its venue's zone; partners read the zone as timeZone", async () => {
  const created = await api('POST', '/api/screenings', {
    auth: editor,
    body: {
      ...sampleData('screenings'),
      startsAt: '2026-12-18T01:00:00.000Z',
      startsAt_tz: 'America/Chicago',
      endsAt: '2026-12-18T03:00:00.000Z',
      endsAt_tz: 'Europe/London',
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  // The end is in the start's zone, whatever was sent for it.
  expect(created.body.doc).toMatchObject({
    startsAt: '2026-12-18T01:00:00.000Z',
    startsAt_tz: 'America/Chicago',
    endsAt_tz: 'America/Chicago',
    timeZone: 'America/Chicago',
  })

  const read = await graphql('query($slug: String) { Screenings(where: { slug: { equals: $slug } }) { docs { startsAt timeZone startsAt_tz } } }', {
    slug: created.body.doc.slug,
  })
  expect(read.body.data.Screenings.docs[0]).toEqual({ startsAt: '2026-12-18T01:00:00.000Z', timeZone: 'America/Chicago', startsAt_tz: 'America_Chicago' })
})

test('a screening needs a zone from the list, and the message names the field', async () => {
  const result = await api('POST', '/api/screenings', { auth: editor, body: { ...sampleData('screenings'), startsAt_tz: 'Asia/Atlantis' } })
  expect(result.status).toBe(400)
  expect(result.body.errors[0].data.errors).toContainEqual(
    expect.objectContaining({ path: 'startsAt_tz', message: expect.stringContaining('"Asia/Atlantis" is not a supported time zone') }),
  )
})

test('filtering on the derived timeZone is refused with a 4xx, never a 500', async () => {
  const rest = await api('GET', '/api/screenings?where[timeZone][equals]=America/Chicago')
  expect(rest.status).toBeGreaterThanOrEqual(400)
  expect(rest.status).toBeLessThan(500)
  const gql = await graphql('{ Screenings(where: { timeZone: { equals: "America/Chicago" } }) { docs { title } } }')
  expect(gql.body.errors?.[0]?.extensions?.statusCode ?? 400).toBeLessThan(500)
})

test('a requested day is stored at noon UTC, the same day in every zone, and a press date too', async () => {
  const request = await api('POST', '/api/host-requests', {
    auth: site,
    body: { ...sampleData('host-requests'), preferredDate: '2027-01-15', alternativeDate: '2027-01-22T00:00:00.000Z' },
  })
  expect(request.status).toBe(201)
  expect(request.body.doc).toMatchObject({ preferredDate: '2027-01-15T12:00:00.000Z', alternativeDate: '2027-01-22T12:00:00.000Z' })

  const press = await api('POST', '/api/press-items', { auth: editor, body: { ...sampleData('press-items'), publishedOn: '2007-06-12' } })
  expect(press.status).toBe(201)
  expect(press.body.doc.publishedOn).toBe('2007-06-12T12:00:00.000Z')
})

test("a draft made from a host request is on the requested day in the place's zone, and cannot be published without an hour", async () => {
  const request = await api('POST', '/api/host-requests', {
    auth: site,
    body: {
      ...sampleData('host-requests'),
      organisation: `Chicago union hall ${Date.now()}`,
      city: 'Chicago',
      region: 'IL',
      country: 'US',
      preferredDate: '2027-01-15',
    },
  })
  expect(request.status).toBe(201)
  const confirmed = await api('PATCH', `/api/host-requests/${request.body.doc.id}`, { auth: moderator, body: { status: 'confirmed', createScreening: true } })
  expect(confirmed.status).toBe(200)
  const screeningId = confirmed.body.doc.screening.id ?? confirmed.body.doc.screening

  const draft = await api('GET', `/api/screenings/${screeningId}?draft=true&depth=0`, { auth: editor })
  // Noon in Chicago on the 15th: the day, in the venue's zone, with the hour still to choose.
  expect(draft.body).toMatchObject({ startsAt: '2027-01-15T18:00:00.000Z', startsAt_tz: 'America/Chicago', startTimeConfirmed: false, _status: 'draft' })

  const publishAsIs = await api('PATCH', `/api/screenings/${screeningId}`, { auth: editor, body: { _status: 'published' } })
  expect(publishAsIs.status).toBe(400)
  expect(publishAsIs.body.errors[0].data.errors).toContainEqual(
    expect.objectContaining({ path: 'startsAt', message: expect.stringContaining('choose the start time before publishing') }),
  )
  const stillDraft = await api('GET', `/api/screenings/${screeningId}?draft=true&depth=0`, { auth: editor })
  expect(stillDraft.body._status).toBe('draft')

  // 7 pm Central on the same day: choosing the hour makes it publishable.
  const published = await api('PATCH', `/api/screenings/${screeningId}`, { auth: editor, body: { startsAt: '2027-01-16T01:00:00.000Z', _status: 'published' } })
  expect(published.status).toBe(200)
  expect(published.body.doc).toMatchObject({
    startsAt: '2027-01-16T01:00:00.000Z',
    startsAt_tz: 'America/Chicago',
    startTimeConfirmed: true,
    _status: 'published',
  })
})
