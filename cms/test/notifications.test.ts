/**
 * Email through a real SMTP exchange: staff hear about new host requests and contact messages, and new
 * subscribers get a confirmation email (double opt-in) whose links confirm or unsubscribe them.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { sampleData } from './helpers/samples'
import { startMailServer, stopCms } from './helpers/mail'
import { startCms, testCredentials } from './setup/cmsServer'

const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-mail-'))
let mail: Awaited<ReturnType<typeof startMailServer>>
let received: ParsedMail[] = []
let cms: Awaited<ReturnType<typeof startCms>>

beforeAll(async () => {
  mail = await startMailServer()
  received = mail.received
  cms = await startCms(dir, {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), STAFF_NOTIFICATION_EMAIL: 'team@test.invalid', EMAIL_FROM_ADDRESS: 'cms@test.invalid' },
  })
})

afterAll(async () => {
  await stopCms(cms)
  await mail?.close()
  rmSync(dir, { recursive: true, force: true })
})

const submit = (collection: string, body: Record<string, unknown>) =>
  fetch(`${cms.url}/api/${collection}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `users API-Key ${testCredentials.siteApiKey}` },
    body: JSON.stringify(body),
  })

test('a new host request and a new contact message each send the team one plain-text email', async () => {
  const organisation = `Mail test ${Date.now()}`
  expect((await submit('host-requests', { ...sampleData('host-requests'), organisation })).status).toBe(201)
  expect((await submit('contact-messages', { ...sampleData('contact-messages'), subject: `<b>Hello</b> ${organisation}` })).status).toBe(201)

  await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2)
  const [message, request] = [...received].sort((a, b) => String(a.subject).localeCompare(String(b.subject)))
  expect(message!.subject).toBe(`Contact: <b>Hello</b> ${organisation}`)
  expect(request!.subject).toContain(`New screening request: ${organisation}`)
  for (const mail of received) {
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('team@test.invalid')
    expect(mail.html).toBeFalsy()
    expect(mail.text).toContain('/admin/collections/')
  }
})

test('moderating a submission sends nothing more', async () => {
  const before = received.length
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testCredentials.admin),
  })
  const { token } = await login.json()
  const list = await (await fetch(`${cms.url}/api/contact-messages?limit=1`, { headers: { authorization: `JWT ${token}` } })).json()
  await fetch(`${cms.url}/api/contact-messages/${list.docs[0].id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ status: 'answered' }),
  })
  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(received.length).toBe(before)
})

// The subscribers' endpoints for the buttons behind the links (src/collections/Subscribers/endpoints.ts):
// the new status, or null for a link that is not genuine.
const follow = async (action: 'confirm' | 'unsubscribe', token: string) => {
  const response = await fetch(`${cms.url}/api/subscribers/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  })
  if (response.status === 404) return null
  expect(response.status).toBe(200)
  return ((await response.json()) as { status: string }).status
}
const confirm = (token: string) => follow('confirm', token)
const unsubscribe = (token: string) => follow('unsubscribe', token)

test('a new subscriber gets one email in their language, whose links confirm and then unsubscribe them', async () => {
  const email = `subscriber-${Date.now()}@example.org`
  const created = await submit('subscribers', { email, consent: true, locale: 'es' })
  expect(created.status).toBe(201)
  const id = (await created.json()).doc.id as string

  await expect.poll(() => received.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === email).length, { timeout: 10_000 }).toBe(1)
  const mail = received.find((candidate) => candidate.to && 'text' in candidate.to && candidate.to.text === email)!
  expect(mail.subject).toBe('Confirma tu suscripción a las novedades de Made in L.A.')
  expect(mail.html).toBeFalsy()
  const links = [...String(mail.text).matchAll(/https?:\/\/\S+/g)].map((match) => new URL(match[0]))
  const confirmLink = links.find((link) => link.pathname === '/es/subscription/confirm')!
  const unsubscribeLink = links.find((link) => link.pathname === '/es/subscription/unsubscribe')!
  expect(confirmLink).toBeTruthy()
  expect(unsubscribeLink).toBeTruthy()
  const confirmToken = confirmLink.searchParams.get('token')!
  const unsubscribeToken = unsubscribeLink.searchParams.get('token')!

  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testCredentials.admin),
  })
  const { token: jwt } = await login.json()
  const stored = async () =>
    (await (await fetch(`${cms.url}/api/subscribers/${id}`, { headers: { authorization: `JWT ${jwt}` } })).json()) as { status: string; confirmedAt?: string }
  expect((await stored()).status).toBe('pending')

  // Each link works only for what it was made for, and an altered one for nothing.
  expect(await unsubscribe(confirmToken)).toBeNull()
  expect(await confirm(`${confirmToken.slice(0, -1)}${confirmToken.endsWith('A') ? 'B' : 'A'}`)).toBeNull()
  expect((await stored()).status).toBe('pending')

  expect(await confirm(confirmToken)).toBe('confirmed')
  expect(await stored()).toMatchObject({ status: 'confirmed', confirmedAt: expect.any(String) })
  expect(await unsubscribe(unsubscribeToken)).toBe('unsubscribed')
  // The old confirmation link does not subscribe them again.
  expect(await confirm(confirmToken)).toBe('unsubscribed')
  expect((await stored()).status).toBe('unsubscribed')
})
