/** The site as visitors get it, in Debian's Chromium: accessibility, the video facade, the menu. */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'
import { waitForHydration } from './helpers/hydration'
import { sitePages, spanishPages } from './helpers/pages'

const axeSource: string = createRequire(import.meta.url)('axe-core').source
const screenshots = path.resolve(import.meta.dirname, 'screenshots')
const webUrl = inject('webUrl')
let browser: Browser

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const openPage = async (width: number, pathname: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  const response = await page.goto(`${webUrl}${pathname}`, { waitUntil: 'load' })
  expect(response?.status(), pathname).toBe(200)
  await waitForHydration(page)
  return page
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

const seriousViolations = async (page: Page) => {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations
  })
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

describe.each([360, 1280])('axe-core at %i px', (width) => {
  // Every page, plus the one behind the links in subscribers' emails.
  const pages = [...sitePages, ...spanishPages].map(({ path: pathname }) => pathname).concat(['/subscription/confirm?token=x', '/es/subscription/unsubscribe?token=x'])
  test.each(pages)('%s has no serious or critical violation', async (pathname) => {
    const page = await openPage(width, pathname)
    try {
      expect(await seriousViolations(page)).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0)
    } finally {
      await page.close()
    }
  })
})

describe('screenshots for review', () => {
  test.each(['/', '/blog/breakthrough-restore-fairness-campaign', '/screenings', '/buy-the-dvd'])('%s', async (pathname) => {
    for (const width of [360, 1280]) {
      const page = await openPage(width, pathname)
      const name = `${width}-${pathname === '/' ? 'home' : pathname.split('/').filter(Boolean).join('-')}.png`
      await page.screenshot({ path: path.join(screenshots, name), fullPage: true })
      await page.close()
    }
  })
})

describe('video facade', () => {
  test('nothing loads from a video host until play is pressed; then the player does', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const videoRequests: string[] = []
    page.on('request', (request) => {
      if (/youtube|ytimg|vimeo|vimeocdn/.test(new URL(request.url()).hostname)) videoRequests.push(request.url())
    })
    await page.goto(`${webUrl}/blog/breakthrough-restore-fairness-campaign`, { waitUntil: 'load' })
    await waitForHydration(page)
    await page.waitForTimeout(500)
    expect(videoRequests).toEqual([])
    expect(await page.locator('iframe').count()).toBe(0)

    await page.getByRole('link', { name: 'Play video: Restore Fairness' }).click()
    await page.locator('iframe[src*="youtube-nocookie.com/embed/"]').waitFor({ state: 'attached' })
    await expect.poll(() => videoRequests.length).toBeGreaterThan(0)
    expect(videoRequests[0]).toMatch(/youtube-nocookie\.com\/embed\/.+autoplay=1/)
    await page.close()
  })
})

describe('keyboard', () => {
  test('the menu opens and closes from the keyboard on a phone', async () => {
    const page = await openPage(360, '/')
    const toggle = page.getByRole('button', { name: 'Menu' })
    await expect(page.locator('#main-navigation').isVisible()).resolves.toBe(false)
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#main-navigation').isVisible()).toBe(true)
    await expect(page.getByRole('button', { name: 'Close menu' }).getAttribute('aria-expanded')).resolves.toBe('true')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#main-navigation').isVisible()).toBe(false)
    await page.close()
  })

  test('the skip link is the first thing a keyboard reaches, and it is visible when focused', async () => {
    const page = await openPage(1280, '/')
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    await expect(focused.textContent()).resolves.toBe('Skip to main content')
    await expect(focused.isVisible()).resolves.toBe(true)
    await page.close()
  })
})
