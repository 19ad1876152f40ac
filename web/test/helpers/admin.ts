import type { Browser, BrowserContext, Page } from 'playwright-core'
import { inject } from 'vitest'

/** The admin, signed in through its own form, in a browser whose clock is in `timezoneId`. */
export const signedInAdmin = async (
  browser: Browser,
  { timezoneId = 'America/Los_Angeles', viewport = { width: 1280, height: 1000 } } = {},
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    timezoneId,
    viewport,
    // Each sign-in from its own address: the CMS limits sign-ins per address.
    extraHTTPHeaders: { 'x-forwarded-for': `10.81.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(`${inject('cmsUrl')}/admin/login`)
  await page.locator('input[name="email"]').fill(inject('adminCredentials').email)
  await page.locator('input[name="password"]').fill(inject('adminCredentials').password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
  return { context, page }
}
