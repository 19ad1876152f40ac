/** The public forms, end to end: browser (with and without JavaScript), site server, outbox, CMS. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'
import { findStored } from './helpers/cms'
import { waitForHydration } from './helpers/hydration'

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

type BrowserCase = {
  form: string
  path: string
  collection: string
  key: string
  fill: (unique: string) => Record<string, string | boolean>
  expected: (unique: string) => Record<string, unknown>
  confirmation: string
}

/** Every form, as a visitor fills it in; `key` finds the stored document again. */
const browserCases: BrowserCase[] = [
  {
    form: 'contact',
    path: '/contact',
    collection: 'contact-messages',
    key: 'subject',
    fill: (id) => ({ Name: 'Lupe Hernández', Email: 'lupe@example.org', Subject: id, Message: 'Can we show the film at our union hall?' }),
    expected: () => ({ name: 'Lupe Hernández', email: 'lupe@example.org', message: 'Can we show the film at our union hall?' }),
    confirmation: 'Thank you: your message was received.',
  },
  {
    form: 'pledge',
    path: '/get-involved',
    collection: 'pledges',
    key: 'name',
    fill: (id) => ({ Name: id, City: 'Los Angeles', 'Message (optional)': 'No more sweatshops.', 'Show my name, city and message on the site': true }),
    expected: () => ({ city: 'Los Angeles', message: 'No more sweatshops.', consentToShow: true, status: 'pending' }),
    confirmation: 'Thank you for signing the pledge.',
  },
  {
    form: 'subscribe',
    path: '/get-involved',
    collection: 'subscribers',
    key: 'name',
    fill: (id) => ({
      Email: `${id.replace(/\W+/g, '-').toLowerCase()}@example.org`,
      'Name (optional)': id,
      'Postcode / ZIP (optional)': '90012',
      'I agree to receive email updates about the film and the campaign': true,
    }),
    expected: () => ({ postcode: '90012', consent: true, status: 'pending' }),
    confirmation: 'Thank you: you are signed up. Check your inbox to confirm.',
  },
  {
    form: 'hostRequest',
    path: '/host-a-screening',
    collection: 'host-requests',
    key: 'organisation',
    fill: (id) => ({
      Name: 'Rosa',
      Email: 'rosa@example.org',
      Organisation: id,
      City: 'Fresno',
      'State / region (optional)': 'CA',
      'Country (two-letter code, e.g. US)': 'US',
      'Preferred date': '2030-05-02',
      'Expected audience (people) (optional)': '80',
    }),
    expected: () => ({ name: 'Rosa', city: 'Fresno', region: 'CA', country: 'US', expectedAudience: 80, status: 'new' }),
    confirmation: 'Thank you: your request was received.',
  },
  {
    form: 'comment',
    path: '/blog/breakthrough-restore-fairness-campaign',
    collection: 'comments',
    key: 'body',
    fill: (id) => ({ Name: 'Juana', Email: 'juana@example.org', Comment: id }),
    expected: () => ({ name: 'Juana', email: 'juana@example.org', status: 'pending' }),
    confirmation: 'Thank you: your comment was received',
  },
]

const fillForm = async (section: import('playwright-core').Locator, values: Record<string, string | boolean>) => {
  for (const [label, value] of Object.entries(values)) {
    const field = section.getByLabel(label, { exact: true })
    if (typeof value === 'boolean') await field.setChecked(value)
    else await field.fill(value)
  }
}

describe.each([true, false])('every form in Chromium, JavaScript %s', (javaScriptEnabled) => {
  test.each(browserCases)('$form stores exactly one document with the values typed', async (form) => {
    const context = await browser.newContext({
      javaScriptEnabled,
      extraHTTPHeaders: { 'x-forwarded-for': `10.61.${javaScriptEnabled ? 1 : 2}.${browserCases.indexOf(form) + 1}` },
    })
    const page = await context.newPage()
    await page.goto(`${webUrl}${form.path}`)
    if (javaScriptEnabled) await waitForHydration(page)
    const id = unique(`${form.form} (JS ${javaScriptEnabled})`)
    const section = page.locator(`#form-${form.form}`)
    await page.waitForTimeout(2100)
    await fillForm(section, form.fill(id))
    await section.getByRole('button', { name: 'Send' }).click()
    await page.locator(`#form-${form.form}`).getByText(form.confirmation).waitFor()

    const value = form.key === 'name' || form.key === 'organisation' || form.key === 'body' || form.key === 'subject' ? id : ''
    await expect.poll(async () => (await findStored(form.collection, { [form.key]: value })).length, { timeout: 5000 }).toBe(1)
    const [stored] = await findStored(form.collection, { [form.key]: value })
    expect(stored).toMatchObject(form.expected(id))
    await context.close()
  })

  test("invalid input shows the field's error, keeps the input, and stores nothing", async () => {
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': `10.61.3.${javaScriptEnabled ? 1 : 2}` } })
    const page = await context.newPage()
    await page.goto(`${webUrl}/contact`)
    if (javaScriptEnabled) await waitForHydration(page)
    const subject = unique('Invalid')
    const section = page.locator('#form-contact')
    await fillForm(section, { Name: 'Maria', Email: 'not-an-email', Subject: subject, Message: 'Hello' })
    await section.getByRole('button', { name: 'Send' }).click()
    await section.getByText('Enter a valid email address.').waitFor()
    await expect(section.getByLabel('Subject', { exact: true }).inputValue()).resolves.toBe(subject)
    await expect(section.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true')
    expect(await findStored('contact-messages', { subject })).toEqual([])
    await context.close()
  })

  test('in Spanish, the errors are in Spanish', async () => {
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': `10.61.4.${javaScriptEnabled ? 1 : 2}` } })
    const page = await context.newPage()
    await page.goto(`${webUrl}/es/contact`)
    if (javaScriptEnabled) await waitForHydration(page)
    const section = page.locator('#form-contact')
    await fillForm(section, { Nombre: 'María', 'Correo electrónico': 'no-es-un-correo', Asunto: '', Mensaje: 'Hola' })
    await section.getByRole('button', { name: 'Enviar' }).click()
    await section.getByText('Escribe un correo electrónico válido.').waitFor()
    await expect(section.locator('.field-error').allTextContents()).resolves.toEqual(['Escribe un correo electrónico válido.', 'Este campo es obligatorio.'])
    await context.close()
  })
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
    // The same, as rules the page says in the visitor's language.
    expect(body.problems).toEqual({ name: { rule: 'required' }, email: { rule: 'email' }, subject: { rule: 'tooLong', limit: 200 } })
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
    ['pledge', { name: 'x'.repeat(81), city: 'Fresno', consentToShow: true }],
    ['subscribe', { email: 'someone@example.org', consent: false }],
    [
      'hostRequest',
      { name: 'Ana', email: 'ana@example.org', organisation: 'Org', city: 'Fresno', country: 'USA', preferredDate: '2030-03-01', expectedAudience: -4 },
    ],
    ['comment', { name: 'Ana', email: 'ana@', body: '' }],
  ])('%s: the site and the CMS give the same messages for the same invalid payload', async (form, payload) => {
    const collections: Record<string, string> = { pledge: 'pledges', subscribe: 'subscribers', hostRequest: 'host-requests', comment: 'comments' }
    const post = form === 'comment' ? { post: (await (await fetch(`${webUrl}/api/posts/breakthrough-restore-fairness-campaign`)).json()).id } : {}
    const site = await postForm(form, { ...payload, ...post })
    expect(site.status).toBe(400)
    const siteErrors = (await site.json()).errors
    const cms = await fetch(`${cmsUrl}/api/${collections[form]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `users API-Key ${inject('siteApiKey')}` },
      body: JSON.stringify({ ...payload, ...post }),
    })
    expect(cms.status).toBe(400)
    const cmsErrors = Object.fromEntries(
      (await cms.json()).errors[0].data.errors.map((error: { path: string; message: string }) => [error.path, error.message]),
    )
    expect(Object.keys(siteErrors).length).toBeGreaterThan(0)
    expect(cmsErrors).toEqual(siteErrors)
  })

  test('signing up twice with one address neither errors nor reveals it: one subscriber', async () => {
    const email = `twice-${Date.now()}@example.org`
    expect((await postForm('subscribe', { email, name: 'First time', consent: true })).status).toBe(202)
    expect((await postForm('subscribe', { email, name: 'Second time', consent: true })).status).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await findStored('subscribers', { email })).toHaveLength(1)
  })

  test.each([
    ['pledge', { name: 'Ana', city: 'Fresno', message: 'No more sweatshops', consentToShow: true }, 'pledges', 'city'],
    ['subscribe', { email: `sub-${Date.now()}@example.org`, consent: true }, 'subscribers', 'email'],
    [
      'hostRequest',
      { name: 'Ana', email: 'ana@example.org', organisation: `Org ${Date.now()}`, city: 'Fresno', country: 'us', preferredDate: '2030-03-01' },
      'host-requests',
      'organisation',
    ],
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

  test('the same submission ten times at once is stored once', async () => {
    const subject = unique('Impatient clicks')
    const body = { name: 'Ana', email: 'ana@example.org', subject, message: 'Once only, even at once' }
    // Different addresses, so the rate limit is not what stops them.
    const responses = await Promise.all(Array.from({ length: 10 }, () => postForm('contact', body)))
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(202))
    await new Promise((resolve) => setTimeout(resolve, 1500))
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

  test("behind the proxy, the address is the proxy's last X-Forwarded-For entry, not what the visitor wrote", async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) {
      // The visitor varies the entries it controls; the proxy appends the address it saw.
      const response = await postForm('pledge', { name: `Spoof ${i}`, city: 'Nowhere' }, { 'x-forwarded-for': `203.0.113.${i}, 10.63.0.1` })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429])
  })

  test('an oversized body is refused with 413', async () => {
    const response = await postForm('contact', { name: 'Big', email: 'big@example.org', subject: 'Big', message: 'x'.repeat(20_000) })
    expect(response.status).toBe(413)
  })
})
