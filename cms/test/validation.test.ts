/** Bad input gets a 400 that names the field, and what is already stored does not change. */
import { beforeAll, describe, expect, test } from 'vitest'

import { api, type Auth, graphql } from './helpers/http'
import { sampleData } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'

let editor: Auth

beforeAll(async () => {
  editor = (await signInAsEveryRole()).editor
})

type Case = { name: string; collection: 'screenings' | 'dvds'; change: Record<string, unknown>; field: string }

const cases: Case[] = [
  { name: 'a missing title', collection: 'screenings', change: { title: '' }, field: 'title' },
  { name: 'a missing venue city', collection: 'screenings', change: { venue: { name: 'Hall', country: 'US', city: '' } }, field: 'venue.city' },
  { name: 'a malformed RSVP URL', collection: 'screenings', change: { admission: { isFree: true, rsvpUrl: 'not a url' } }, field: 'admission.rsvpUrl' },
  { name: 'a javascript: URL', collection: 'screenings', change: { admission: { isFree: true, rsvpUrl: 'javascript:alert(1)' } }, field: 'admission.rsvpUrl' },
  {
    name: 'an end before the start',
    collection: 'screenings',
    change: { startsAt: '2030-01-10T19:00:00.000Z', endsAt: '2030-01-10T18:00:00.000Z' },
    field: 'endsAt',
  },
  { name: 'an unknown time zone', collection: 'screenings', change: { startsAt_tz: 'Mars/Olympus_Mons' }, field: 'startsAt_tz' },
  { name: 'a negative ticket price', collection: 'screenings', change: { admission: { isFree: false, price: -5, currency: 'USD' } }, field: 'admission.price' },
  { name: 'an unknown status', collection: 'screenings', change: { status: 'maybe' }, field: 'status' },
  { name: 'a negative price', collection: 'dvds', change: { price: -1 }, field: 'price' },
  { name: 'an unknown currency', collection: 'dvds', change: { currency: 'XYZ' }, field: 'currency' },
  { name: 'an unknown licence', collection: 'dvds', change: { licence: 'pirate' }, field: 'licence' },
  { name: 'a malformed purchase URL', collection: 'dvds', change: { purchaseUrl: 'www.example.org' }, field: 'purchaseUrl' },
]

const fieldsNamed = (body: any): string[] => (body.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((detail: any) => detail.path))

describe('creating', () => {
  test.each(cases)('$collection with $name gets a 400 naming $field', async ({ collection, change, field }) => {
    const result = await api('POST', `/api/${collection}`, { auth: editor, body: { ...sampleData(collection), ...change } })
    expect(result.status).toBe(400)
    expect(fieldsNamed(result.body), JSON.stringify(result.body)).toContain(field)
    expect(result.body.errors[0].message).toBeTruthy()
  })
})

describe('updating', () => {
  test.each(cases)('$collection with $name gets a 400 and the stored document is unchanged', async ({ collection, change, field }) => {
    const created = await api('POST', `/api/${collection}`, { auth: editor, body: sampleData(collection) })
    expect(created.status).toBe(201)
    const before = await api('GET', `/api/${collection}/${created.body.doc.id}?depth=0&draft=true`, { auth: editor })

    const result = await api('PATCH', `/api/${collection}/${created.body.doc.id}`, { auth: editor, body: change })
    expect(result.status).toBe(400)
    expect(fieldsNamed(result.body)).toContain(field)

    const after = await api('GET', `/api/${collection}/${created.body.doc.id}?depth=0&draft=true`, { auth: editor })
    expect(after.body).toEqual(before.body)
  })
})

test('the messages say what to do', async () => {
  const result = await api('POST', '/api/screenings', {
    auth: editor,
    body: { ...sampleData('screenings'), startsAt_tz: 'Mars/Olympus_Mons', endsAt: '2000-01-01T00:00:00.000Z' },
  })
  const messages = result.body.errors[0].data.errors.map((error: { message: string }) => error.message)
  expect(messages).toContain('endsAt must be after startsAt.')
  expect(messages.join(' ')).toMatch(/"Mars\/Olympus_Mons" is not a supported time zone; choose one of the listed zones/)
})

test('GraphQL mutations are validated the same way', async () => {
  const result = await graphql('mutation($data: mutationDvdInput!) { createDvd(data: $data) { id } }', { data: { ...sampleData('dvds'), price: -3 } }, editor)
  expect(result.body.errors[0].extensions.statusCode).toBe(400)
  expect(JSON.stringify(result.body.errors[0])).toMatch(/price/i)
})

describe('link text says where the link goes (issue 11)', () => {
  const generic = ['Learn more', 'click here', 'Read more…', 'Más información']

  test.each(generic)('a navigation label "%s" is a 400 naming the field, and the settings are unchanged', async (label) => {
    const before = await api('GET', '/api/globals/site-settings?depth=0', { auth: editor })
    const navigation = [...before.body.navigation.map(({ id: _id, ...item }: { id: string }) => item), { label, link: '/learn-more' }]
    const result = await api('POST', '/api/globals/site-settings', { auth: editor, body: { navigation } })
    expect(result.status).toBe(400)
    expect(
      fieldsNamed(result.body).some((path) => /^navigation\.\d+\.label$/.test(path)),
      JSON.stringify(result.body),
    ).toBe(true)
    expect(result.body.errors[0].message).toBeTruthy()
    const after = await api('GET', '/api/globals/site-settings?depth=0', { auth: editor })
    expect(after.body.navigation).toEqual(before.body.navigation)
  })

  test('class: a call-to-action step in a page, and a hero button, are held to it too', async () => {
    const page = (layout: unknown[]) => ({ ...sampleData('pages'), layout })
    const step = await api('POST', '/api/pages', {
      auth: editor,
      body: page([{ blockType: 'callToAction', heading: 'Act', steps: [{ text: 'Do it', linkLabel: 'Click here', linkUrl: 'https://example.org/act' }] }]),
    })
    expect(step.status).toBe(400)
    expect(
      fieldsNamed(step.body).some((path) => /linkLabel$/.test(path)),
      JSON.stringify(step.body),
    ).toBe(true)
    const hero = await api('POST', '/api/pages', {
      auth: editor,
      body: page([{ blockType: 'hero', heading: 'Welcome', buttonLabel: 'More', buttonLink: '/screenings' }]),
    })
    expect(hero.status).toBe(400)
    expect(
      fieldsNamed(hero.body).some((path) => /buttonLabel$/.test(path)),
      JSON.stringify(hero.body),
    ).toBe(true)
    const fine = await api('POST', '/api/pages', {
      auth: editor,
      body: page([{ blockType: 'hero', heading: 'Welcome', buttonLabel: 'Find a screening', buttonLink: '/screenings' }]),
    })
    expect(fine.status).toBe(201)
  })
})
