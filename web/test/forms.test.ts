/** The public forms, end to end: browser (with and without JavaScript), site server, outbox, CMS. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'
import { findStored } from './helpers/cms'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
let browser: Browser
let visitor = 0

/** Each test is its own visitor, with its own rate-limit bucket. */
const postForm = (form: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${webUrl}/api/forms/${form}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.60.0.${++visitor}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const unique = (label: string) => `${label} ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('contact form in Chromium', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: one message stored with the values typed`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': `10.61.0.${javaScriptEnabled ? 1 : 2}` } })
      const page = await context.newPage()
      await page.goto(`${webUrl}/contact`)
      if (javaScriptEnabled) {
        await page.waitForFunction(() => Boolean((document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__))
      }
      const subject = unique(`Screening question (JS ${javaScriptEnabled})`)
      await page.waitForTimeout(2100)
      await page.getByLabel('Name', { exact: true }).fill('Lupe Hernández')
      await page.getByLabel('Email', { exact: true }).fill('lupe@example.org')
      await page.getByLabel('Subject', { exact: true }).fill(subject)
      await page.getByLabel('Message', { exact: true }).fill('Can we show the film at our union hall?')
      await page.getByRole('button', { name: 'Send' }).click()
      await page.getByText('Thank you: your message was received.').waitFor()

      await expect.poll(async () => (await findStored('contact-messages', { subject })).length, { timeout: 5000 }).toBe(1)
      const [stored] = await findStored('contact-messages', { subject })
      expect(stored).toMatchObject({ name: 'Lupe Hernández', email: 'lupe@example.org', message: 'Can we show the film at our union hall?' })
      await context.close()
    })

    test(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: invalid input shows the field's error, keeps the input, stores nothing`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': `10.61.1.${javaScriptEnabled ? 1 : 2}` } })
      const page = await context.newPage()
      await page.goto(`${webUrl}/contact`)
      if (javaScriptEnabled) {
        await page.waitForFunction(() => Boolean((document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__))
      }
      const subject = unique('Invalid')
      await page.getByLabel('Name', { exact: true }).fill('Maria')
      await page.getByLabel('Email', { exact: true }).fill('not-an-email')
      await page.getByLabel('Subject', { exact: true }).fill(subject)
      await page.getByLabel('Message', { exact: true }).fill('Hello')
      await page.getByRole('button', { name: 'Send' }).click()
      await page.getByText('email must be a valid email address.').waitFor()
      await expect(page.getByLabel('Subject', { exact: true }).inputValue()).resolves.toBe(subject)
      await expect(page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true')
      expect(await findStored('contact-messages', { subject })).toEqual([])
      await context.close()
    })
  }
})

describe('the same rules on the site and in the CMS', () => {
  const invalid = { name: '', email: 'nope', subject: 'x'.repeat(201), message: 'Hi' }

  test('the site answers 400 with a message naming each field', async () => {
    const response = await postForm('contact', invalid)
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors).toEqual({
      name: 'name is required.',
      email: 'email must be a valid email address.',
      subject: 'subject must be at most 200 characters.',
    })
  })

  test('the CMS answers 400 with the same messages for the same payload', async () => {
    const response = await fetch(`${cmsUrl}/api/contact-messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `users API-Key ${inject('siteApiKey')}` },
      body: JSON.stringify(invalid),
    })
    expect(response.status).toBe(400)
    const body = await response.json()
    const messages = Object.fromEntries(body.errors[0].data.errors.map((error: { path: string; message: string }) => [error.path, error.message]))
    expect(messages).toEqual({
      name: 'name is required.',
      email: 'email must be a valid email address.',
      subject: 'subject must be at most 200 characters.',
    })
  })

  test.each([
    ['pledge', { name: 'Ana', city: 'Fresno', message: 'No more sweatshops', consentToShow: true }, 'pledges', 'city'],
    ['subscribe', { email: `sub-${Date.now()}@example.org`, consent: true }, 'subscribers', 'email'],
    ['hostRequest', { name: 'Ana', email: 'ana@example.org', organisation: `Org ${Date.now()}`, city: 'Fresno', country: 'us', preferredDate: '2030-03-01' }, 'host-requests', 'organisation'],
  ])('%s: a valid submission is stored once', async (form, data, collection, key) => {
    const response = await postForm(form, { ...data, startedAt: Date.now() - 5000 })
    expect(response.status).toBe(202)
    const value = String((data as Record<string, unknown>)[key])
    await expect.poll(async () => (await findStored(collection, { [key]: value })).length, { timeout: 5000 }).toBe(1)
  })
})

describe('spam and abuse', () => {
  test('a filled honeypot is answered like success and stores nothing', async () => {
    const subject = unique('Honeypot')
    const response = await postForm('contact', { name: 'Bot', email: 'bot@example.org', subject, message: 'Buy now', website: 'http://spam.example' })
    expect(response.status).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await findStored('contact-messages', { subject })).toEqual([])
  })

  test('a form sent faster than a person can type is ignored', async () => {
    const subject = unique('Too fast')
    const response = await postForm('contact', { name: 'Bot', email: 'bot@example.org', subject, message: 'Hi', startedAt: Date.now() })
    expect(response.status).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await findStored('contact-messages', { subject })).toEqual([])
  })

  test('the same submission twice in a row is stored once', async () => {
    const subject = unique('Double click')
    const body = { name: 'Ana', email: 'ana@example.org', subject, message: 'Once only' }
    expect((await postForm('contact', body)).status).toBe(202)
    expect((await postForm('contact', body)).status).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await findStored('contact-messages', { subject })).toHaveLength(1)
  })

  test('too many submissions from one address get 429 with a retry time', async () => {
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 7; i++) {
      const response = await postForm('pledge', { name: `Flood ${i}`, city: 'Nowhere' }, { 'x-forwarded-for': '10.62.0.1' })
      statuses.push(response.status)
      if (response.status === 429) retryAfter = response.headers.get('retry-after')
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202])
    expect(statuses.slice(5)).toEqual([429, 429])
    expect(Number(retryAfter)).toBeGreaterThan(0)
  })

  test('an oversized body is refused with 413', async () => {
    const response = await postForm('contact', { name: 'Big', email: 'big@example.org', subject: 'Big', message: 'x'.repeat(20_000) })
    expect(response.status).toBe(413)
  })
})
