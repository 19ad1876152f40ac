/** Working the submissions: a confirmed host request becomes a draft screening; a person's data is exported and erased. */
import { beforeAll, describe, expect, inject, test } from 'vitest'

import { api, type Auth, unique } from './helpers/http'
import { sampleData } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'

let members: Awaited<ReturnType<typeof signInAsEveryRole>>
const site: Auth = { apiKey: inject('siteApiKey'), ip: '10.40.0.1' }

beforeAll(async () => {
  members = await signInAsEveryRole()
})

describe('host requests', () => {
  test('a confirmed request becomes a draft screening with its details, in one save', async () => {
    const organisation = unique('Fresno Garment Workers')
    const created = await api('POST', '/api/host-requests', {
      auth: site,
      body: {
        ...sampleData('host-requests'),
        organisation,
        city: 'Fresno',
        region: 'CA',
        preferredDate: '2030-06-12T00:00:00.000Z',
        message: 'Union hall, 80 seats',
      },
    })
    expect(created.status).toBe(201)

    const confirmed = await api('PATCH', `/api/host-requests/${created.body.doc.id}`, {
      auth: members.moderator,
      body: { status: 'confirmed', createScreening: true },
    })
    expect(confirmed.status).toBe(200)
    const screeningId = confirmed.body.doc.screening
    expect(screeningId).toBeTruthy()
    expect(confirmed.body.doc.createScreening).toBe(false)

    const screening = await api('GET', `/api/screenings/${screeningId}?draft=true&depth=0`, { auth: members.editor })
    expect(screening.body).toMatchObject({
      _status: 'draft',
      title: `${organisation} screening`,
      // The requested day at noon in Fresno's zone; the hour is the editor's to choose.
      startsAt: '2030-06-12T19:00:00.000Z',
      startsAt_tz: 'America/Los_Angeles',
      startTimeConfirmed: false,
      venue: { name: organisation, city: 'Fresno', region: 'CA', country: 'US' },
      host: { name: organisation },
      hostRequest: created.body.doc.id,
    })
    // What the requester wrote to the team is not published with the screening.
    expect(screening.body.description ?? null).toBeNull()
    const publicView = await api('GET', `/api/screenings/${screeningId}`, { auth: members.anonymous })
    expect(publicView.status).toBe(404)

    // Saving again does not make a second screening.
    const again = await api('PATCH', `/api/host-requests/${created.body.doc.id}`, { auth: members.moderator, body: { createScreening: true } })
    expect(again.body.doc.screening).toBe(screeningId)
  })

  test("the site's service account cannot create screenings through a request", async () => {
    const created = await api('POST', '/api/host-requests', {
      auth: site,
      body: { ...sampleData('host-requests'), createScreening: true, status: 'confirmed' },
    })
    expect(created.status).toBe(201)
    const stored = await api('GET', `/api/host-requests/${created.body.doc.id}`, { auth: members.admin })
    expect(stored.body).toMatchObject({ status: 'new', createScreening: false })
    expect(stored.body.screening ?? null).toBeNull()
  })
})

describe('privacy requests', () => {
  test('a moderator exports, then erases, everything one person sent', async () => {
    const email = `${unique('person')}@test.invalid`
    await api('POST', '/api/contact-messages', { auth: site, body: { ...sampleData('contact-messages'), email } })
    await api('POST', '/api/host-requests', { auth: site, body: { ...sampleData('host-requests'), email } })
    await api('POST', '/api/subscribers', { auth: site, body: { email, consent: true } })
    await api('POST', '/api/screening-alerts', { auth: site, body: { ...sampleData('screening-alerts'), email } })

    const exported = await api('GET', `/api/privacy/submissions?email=${encodeURIComponent(email.toUpperCase())}`, { auth: members.moderator })
    expect(exported.status).toBe(200)
    expect(exported.body.submissions['contact-messages']).toHaveLength(1)
    expect(exported.body.submissions['host-requests']).toHaveLength(1)
    expect(exported.body.submissions.subscribers).toHaveLength(1)
    expect(exported.body.submissions['screening-alerts']).toHaveLength(1)

    const erased = await api('DELETE', `/api/privacy/submissions?email=${encodeURIComponent(email)}`, { auth: members.moderator })
    expect(erased.body.deleted).toEqual({ 'host-requests': 1, comments: 0, subscribers: 1, 'screening-alerts': 1, 'contact-messages': 1 })
    const after = await api('GET', `/api/privacy/submissions?email=${encodeURIComponent(email)}`, { auth: members.moderator })
    expect(Object.values(after.body.submissions).flat()).toEqual([])
  })

  test.each(['anonymous', 'editor', 'site'] as const)('%s cannot export or erase', async (role) => {
    for (const method of ['GET', 'DELETE']) {
      const result = await api(method, '/api/privacy/submissions?email=someone@test.invalid', { auth: members[role] })
      expect(result.status).toBe(403)
    }
  })

  test('an export without an email address is a 400 that says so', async () => {
    const result = await api('GET', '/api/privacy/submissions', { auth: members.moderator })
    expect(result.status).toBe(400)
    expect(result.body.errors[0].message).toMatch(/email must be given/)
  })
})
