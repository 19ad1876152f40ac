/** The content team's path through the admin, in Debian's Chromium: sign in, find a post, edit it. */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { launchChromium } from './helpers/browser'
import { api, cmsUrl, login, randomIp, unique } from './helpers/http'

const screenshots = path.resolve(import.meta.dirname, 'screenshots')
let browser: Browser
let page: Page

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.setDefaultTimeout(30_000)
})

afterAll(async () => {
  await browser?.close()
})

test('an editor signs in to /admin and sees the collections grouped for the team', async () => {
  const { email, password } = inject('adminCredentials')
  // The admin asks no third party for anything (Gravatar would learn a hash of each member's email).
  const thirdParty: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(cmsUrl()) && !request.url().startsWith('data:')) thirdParty.push(request.url())
  })
  await page.goto(`${cmsUrl()}/admin`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
  await page.getByRole('heading', { name: 'Participation' }).waitFor()
  for (const group of ['Content', 'Events', 'Shop', 'Participation', 'Settings']) {
    await expect(page.getByRole('heading', { name: group }).count()).resolves.toBeGreaterThan(0)
  }
  await page.screenshot({ path: path.join(screenshots, 'admin-dashboard.png'), fullPage: true })
  await page.locator('a[href$="/admin/account"]').first().waitFor()
  await page.waitForLoadState('networkidle')
  expect(thirdParty).toEqual([])
})

test('the blog list shows the seeded post, and an edit saved in the admin is served by the API', { timeout: 60_000 }, async () => {
  // Other suites add posts to this server; search so the seeded one is on the first page.
  await page.goto(`${cmsUrl()}/admin/collections/posts?search=Restore%20Fairness`)
  const row = page.getByRole('link', { name: "Breakthrough's Restore Fairness campaign" })
  await row.waitFor()
  await page.screenshot({ path: path.join(screenshots, 'admin-posts.png'), fullPage: true })
  await row.click()
  const excerpt = page.locator('textarea[name="excerpt"]')
  await excerpt.waitFor()
  // The rich text loads in the editor, links and video blocks included.
  await page.getByText('The women of').waitFor()
  await expect(page.getByText('Something went wrong').count()).resolves.toBe(0)
  await expect(page.getByText('Juana Villegas: A Pregnant Woman Detained').count()).resolves.toBeGreaterThan(0)
  const edited = `Edited in the admin at ${Date.now()}`
  await excerpt.fill(edited)
  await page.getByRole('button', { name: /^Publish changes$/ }).click()
  await page
    .getByText(/Updated successfully|Published successfully/i)
    .first()
    .waitFor()
  await page.screenshot({ path: path.join(screenshots, 'admin-post-edit.png'), fullPage: true })

  const result = await api('GET', '/api/posts?where[slug][equals]=breakthrough-restore-fairness-campaign')
  expect(result.body.docs[0].excerpt).toBe(edited)
})

test('a member changes their own password in the admin only with the current one (issue 12, finding 11)', { timeout: 180_000 }, async () => {
  const { email: adminEmail, password: adminPassword } = inject('adminCredentials')
  const admin = { jwt: await login(adminEmail, adminPassword) }
  const email = `${unique('account')}@test.invalid`
  const password = 'the-current-password-1'
  expect((await api('POST', '/api/users', { auth: admin, body: { email, password, name: 'Account page', roles: ['editor'] } })).status).toBe(201)

  // Its own address (the test server trusts one proxy hop): sign-ins from 127.0.0.1 share one limit
  // with every other test that signs in through a browser.
  const member = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { 'x-forwarded-for': randomIp() } })).newPage()
  await member.goto(`${cmsUrl()}/admin/login`)
  await member.locator('input[name="email"]').fill(email)
  await member.locator('input[name="password"]').fill(password)
  await member.locator('button[type="submit"]').click()
  await member.waitForURL(/\/admin\/?$/)
  await member.goto(`${cmsUrl()}/admin/account`)
  await expect(member.locator('input[name="currentPassword"]').getAttribute('type')).resolves.toBe('password')
  // The button works once the page has hydrated: pressed until the password fields open.
  await expect
    .poll(
      async () => {
        await member
          .getByRole('button', { name: 'Change Password' })
          .click({ timeout: 1000 })
          .catch(() => undefined)
        return member.locator('input[name="confirm-password"]').count()
      },
      { timeout: 60_000 },
    )
    .toBe(1)
  await member.locator('input[name="password"]').fill('a-brand-new-password-1')
  await member.locator('input[name="confirm-password"]').fill('a-brand-new-password-1')
  await member.getByRole('button', { name: 'Save' }).click()
  await member.getByText('Please correct invalid fields.').first().waitFor({ timeout: 60_000 })
  await expect(login(email, 'a-brand-new-password-1')).rejects.toThrow(/login failed/)

  // The form settles after the refusal (its state comes back from the server, the current-password
  // field emptied): typed and saved again until the save goes through with it.
  const currentPassword = member.locator('input[name="currentPassword"]')
  await expect
    .poll(
      async () => {
        await currentPassword.fill(password)
        await member.waitForTimeout(300)
        if ((await currentPassword.inputValue()) !== password) return false
        await member
          .getByRole('button', { name: 'Save' })
          .click({ timeout: 1000 })
          .catch(() => undefined)
        return member
          .getByText('Updated successfully.')
          .first()
          .waitFor({ timeout: 5000 })
          .then(
            () => true,
            () => false,
          )
      },
      { timeout: 90_000, interval: 500 },
    )
    .toBe(true)
  await expect(login(email, 'a-brand-new-password-1')).resolves.toBeTruthy()
  await member.context().close()
})
