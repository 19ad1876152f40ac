/**
 * "Tell me when there's a screening near me", through a real SMTP exchange and the jobs queue: a
 * double opt-in in the subscriber's language, then one email per confirmed alert within its distance
 * when a screening is published, none outside it, and nothing more on a republish or an edit.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { sampleData } from './helpers/samples'
import { startMailServer, stopCms } from './helpers/mail'
import { startCms, testCredentials } from './setup/cmsServer'

const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-alerts-'))
let mail: Awaited<ReturnType<typeof startMailServer>>
let received: ParsedMail[] = []
let cms: Awaited<ReturnType<typeof startCms>>
let jwt: string

beforeAll(async () => {
  mail = await startMailServer()
  received = mail.received
  cms = await startCms(dir, {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), EMAIL_FROM_ADDRESS: 'cms@test.invalid', PAYLOAD_JOBS_AUTORUN: 'true' },
  })
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testCredentials.admin),
  })
  jwt = (await login.json()).token
})

afterAll(async () => {
  await stopCms(cms)
  await mail?.close()
  rmSync(dir, { recursive: true, force: true })
})

const call = async (method: string, pathname: string, body?: unknown, authorization = `JWT ${jwt}`) => {
  const response = await fetch(`${cms.url}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', authorization },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: response.status, body: await response.json() }
}

const mailTo = (email: string) => received.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === email)

/** An alert as the site sends it, confirmed with the link in its email. */
const confirmedAlert = async (email: string, place: string, radiusKm: string, locale = 'en') => {
  const created = await call('POST', '/api/screening-alerts', { email, place, radiusKm, consent: true, locale }, `users API-Key ${testCredentials.siteApiKey}`)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  await expect.poll(() => mailTo(email).length, { timeout: 10_000 }).toBe(1)
  const link = [...String(mailTo(email)[0]!.text).matchAll(/https?:\/\/\S+/g)]
    .map((match) => new URL(match[0]))
    .find((url) => url.pathname.endsWith('/subscription/confirm'))!
  expect(link.searchParams.get('list')).toBe('alerts')
  const confirmed = await call('POST', '/api/screening-alerts/confirm', { token: link.searchParams.get('token') }, '')
  expect(confirmed.body.status).toBe('confirmed')
  return created.body.doc
}

const screening = (title: string, city: string, region: string) => ({
  ...sampleData('screenings'),
  title,
  startsAt: '2031-05-02T01:00:00.000Z',
  endsAt: '2031-05-02T03:00:00.000Z',
  startsAt_tz: 'America/Chicago',
  venue: { name: 'Union Hall', city, region, country: 'US' },
})

test('a confirmed alert within its distance gets one email for a new screening; one outside gets none; a republish sends nothing', async () => {
  const near = `near-${Date.now()}@example.org`
  const far = `far-${Date.now()}@example.org`
  const spanish = `cerca-${Date.now()}@example.org`
  const nearAlert = await confirmedAlert(near, 'Madison, WI', '50')
  expect(nearAlert.matchedPlace).toMatch(/^Madison, WI, US$/)
  await confirmedAlert(far, '10001', '50')
  await confirmedAlert(spanish, '53703', '100', 'es')
  const pending = `pending-${Date.now()}@example.org`
  expect(
    (
      await call(
        'POST',
        '/api/screening-alerts',
        { email: pending, place: 'Madison, WI', radiusKm: '50', consent: true, locale: 'en' },
        `users API-Key ${testCredentials.siteApiKey}`,
      )
    ).status,
  ).toBe(201)

  const title = `Sun Prairie screening ${Date.now()}`
  const created = await call('POST', '/api/screenings', { ...screening(title, 'Sun Prairie', 'WI'), _status: 'published' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)

  await expect.poll(() => mailTo(near).length, { timeout: 30_000, interval: 500 }).toBe(2)
  await expect.poll(() => mailTo(spanish).length, { timeout: 30_000, interval: 500 }).toBe(2)
  const alert = mailTo(near)[1]!
  expect(alert.subject).toBe(`A Made in L.A. screening near you: ${title}`)
  expect(alert.text).toContain('When: Thursday, May 1, 2031, 8:00 PM')
  expect(alert.text).toContain('Where: Union Hall, Sun Prairie, WI, US')
  expect(alert.text).toMatch(new RegExp(`/screenings/${created.body.doc.slug}\\b`))
  expect(alert.text).toMatch(new RegExp(`/calendar/${created.body.doc.slug}\\.ics`))
  expect(alert.text).toMatch(/\/subscription\/unsubscribe\?token=[^&\s]+&list=alerts/)
  expect(alert.html).toBeFalsy()
  expect(mailTo(spanish)[1]!.subject).toBe(`Proyección de Made in L.A. cerca de ti: ${title}`)
  expect(mailTo(spanish)[1]!.text).toContain('/es/screenings/')

  // Unpublish, edit and publish again: each person has heard about this screening already.
  await call('PATCH', `/api/screenings/${created.body.doc.id}`, { _status: 'draft' })
  await call('PATCH', `/api/screenings/${created.body.doc.id}`, { description: 'Changed', _status: 'published' })
  await new Promise((resolve) => setTimeout(resolve, 12_000))
  expect(mailTo(near)).toHaveLength(2)
  expect(mailTo(spanish)).toHaveLength(2)
  expect(mailTo(far)).toHaveLength(1)
  expect(mailTo(pending)).toHaveLength(1)

  const sent = await call('GET', `/api/alert-deliveries?where[screening][equals]=${created.body.doc.id}&limit=10`)
  expect(sent.body.totalDocs).toBe(2)
  // Who was told what is for moderators only, and nobody writes it but the job.
  expect((await call('GET', '/api/alert-deliveries?limit=1', undefined, '')).status).toBe(403)
  expect((await call('POST', '/api/alert-deliveries', { key: 'x:y', alert: nearAlert.id, screening: created.body.doc.id })).status).toBe(403)
}, 90_000)

test('moderators see alerts; visitors and the site cannot read them; the privacy export and erasure include them', async () => {
  const email = `privacy-${Date.now()}@example.org`
  await confirmedAlert(email, 'Chicago, IL', '25')
  expect((await call('GET', '/api/screening-alerts?limit=1', undefined, '')).status).toBe(403)
  expect((await call('GET', '/api/screening-alerts?limit=1', undefined, `users API-Key ${testCredentials.siteApiKey}`)).status).toBe(403)
  const exported = await call('GET', `/api/privacy/submissions?email=${encodeURIComponent(email)}`)
  expect(exported.body.submissions['screening-alerts']).toHaveLength(1)
  const erased = await call('DELETE', `/api/privacy/submissions?email=${encodeURIComponent(email)}`)
  expect(erased.status).toBe(200)
  expect((await call('GET', `/api/privacy/submissions?email=${encodeURIComponent(email)}`)).body.submissions['screening-alerts']).toHaveLength(0)
})
