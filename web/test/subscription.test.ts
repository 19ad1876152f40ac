/**
 * The links in a subscriber's confirmation email, on the site: opening one changes nothing (mail
 * scanners open links too); pressing its button confirms or unsubscribes, with or without JavaScript,
 * in the subscriber's language. The links are made here exactly as the CMS makes them for its email
 * (the email itself is tested against a real SMTP server in cms/test/notifications.test.ts).
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { readEnv } from '../../cms/src/env'
import { subscriptionLink } from '../../cms/src/collections/Subscribers/hooks'
import { launchChromium } from '../../cms/test/helpers/browser'
import { testCredentials } from '../../cms/test/setup/cmsServer'
import { findStored } from './helpers/cms'
import { waitForHydration } from './helpers/hydration'

const webUrl = inject('webUrl')
let browser: Browser

// Links as the test CMS makes them (cms/test/setup/cmsServer.ts): signed with its secret, opening this site.
const link = (...[action, subscriber, now]: Parameters<typeof subscriptionLink>) =>
  subscriptionLink(action, subscriber, now, readEnv({ PAYLOAD_SECRET: testCredentials.secret, SITE_PUBLIC_URL: webUrl }))

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Signs up through the site's form API and returns the stored subscriber. */
const signUp = async (locale: 'en' | 'es') => {
  const email = `opt-in-${locale}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`
  const response = await fetch(`${webUrl}/api/forms/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.85.0.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify({ email, consent: true, locale }),
  })
  expect(response.status).toBe(202)
  let stored: Record<string, unknown>[] = []
  await expect.poll(async () => (stored = await findStored('subscribers', { email })).length, { timeout: 10_000 }).toBe(1)
  return stored[0] as { id: string; email: string; status: string; locale: 'en' | 'es' }
}

describe.each([true, false])('JavaScript %s', (javaScriptEnabled) => {
  test('the confirmation link asks first, then confirms', async () => {
    const subscriber = await signUp('en')
    expect(subscriber.locale).toBe('en')
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(link('confirm', subscriber))
    if (javaScriptEnabled) await waitForHydration(page)
    await expect(page.locator('h1').textContent()).resolves.toBe('Confirm your sign-up')
    expect((await findStored('subscribers', { email: subscriber.email }))[0]!.status).toBe('pending')

    await page.getByRole('button', { name: 'Confirm my sign-up' }).click()
    await page.getByText('Thank you: your address is confirmed.').waitFor()
    expect((await findStored('subscribers', { email: subscriber.email }))[0]!.status).toBe('confirmed')
    await context.close()
  })

  test('the unsubscribe link, in Spanish for a Spanish subscriber', async () => {
    const subscriber = await signUp('es')
    expect(subscriber.locale).toBe('es')
    const unsubscribe = link('unsubscribe', subscriber)
    expect(new URL(unsubscribe).pathname).toBe('/es/subscription/unsubscribe')
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(unsubscribe)
    if (javaScriptEnabled) await waitForHydration(page)
    await page.getByRole('button', { name: 'Cancelar la suscripción' }).click()
    await page.getByText('Este correo está dado de baja').waitFor()
    expect((await findStored('subscribers', { email: subscriber.email }))[0]!.status).toBe('unsubscribed')
    await context.close()
  })
})

test('a forged or expired link says so and changes nothing', async () => {
  const subscriber = await signUp('en')
  const expired = link('confirm', subscriber, Date.now() - 8 * 24 * 60 * 60_000)
  const forged = new URL(link('confirm', subscriber))
  forged.searchParams.set('token', `${forged.searchParams.get('token')!.slice(0, -1)}${forged.searchParams.get('token')!.endsWith('A') ? 'B' : 'A'}`)
  for (const badLink of [expired, forged.toString()]) {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(badLink)
    await page.getByRole('button', { name: 'Confirm my sign-up' }).click()
    await page.getByText('This link is invalid or has expired.').waitFor()
    await context.close()
  }
  expect((await findStored('subscribers', { email: subscriber.email }))[0]!.status).toBe('pending')
  const page = await fetch(`${webUrl}/subscription/confirm?token=x`)
  expect(page.headers.get('cache-control')).toContain('no-store')
  expect(page.headers.get('x-robots-tag')).toContain('noindex')
})
