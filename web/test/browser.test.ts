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

/** Every message in which the browser says the content security policy blocked something. */
const policyViolations = new WeakMap<Page, string[]>()

const openPage = async (width: number, pathname: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  const violations: string[] = []
  policyViolations.set(page, violations)
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  // Violations that never reach the console (a caught `new Function` probe) are DevTools issues.
  const devtools = await page.context().newCDPSession(page)
  devtools.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(issue.details.contentSecurityPolicyIssueDetails))
  })
  await devtools.send('Audits.enable')
  const response = await page.goto(`${webUrl}${pathname}`, { waitUntil: 'load' })
  expect(response?.status(), pathname).toBe(200)
  await waitForHydration(page)
  return page
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

const seriousViolations = async (page: Page) => {
  // Through DevTools, as an extension would: the page's own policy refuses inline scripts.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    )
    return result.violations
  })
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

describe.each([360, 1280])('axe-core at %i px', (width) => {
  // Every page, plus the one behind the links in subscribers' emails, search results and the page for developers.
  const pages = [...sitePages, ...spanishPages]
    .map(({ path: pathname }) => pathname)
    .concat([
      '/subscription/confirm?token=x',
      '/es/subscription/unsubscribe?token=x',
      '/search?q=fairness',
      '/es/search?q=campa%C3%B1a',
      '/developers',
      '/es/developers',
    ])
  test.each(pages)('%s has no serious or critical violation', async (pathname) => {
    const page = await openPage(width, pathname)
    try {
      expect(await seriousViolations(page)).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0)
      expect(policyViolations.get(page), 'nothing the page needs is blocked by its content security policy').toEqual([])
    } finally {
      await page.close()
    }
  })
})

describe('screenshots for review', () => {
  test.each(['/', '/blog/breakthrough-restore-fairness-campaign', '/screenings', '/buy-the-dvd', '/developers', '/es/developers'])('%s', async (pathname) => {
    for (const width of [360, 1280]) {
      const page = await openPage(width, pathname)
      const name = `${width}-${pathname === '/' ? 'home' : pathname.split('/').filter(Boolean).join('-')}.png`
      await page.screenshot({ path: path.join(screenshots, name), fullPage: true })
      await page.close()
    }
  })
})

/** What the screenings map shows: single markers, plus the screenings each cluster stands for. */
const markersOnMap = (page: Page) =>
  page.evaluate(() => {
    const singles = document.querySelectorAll('#screening-map .map-marker').length
    const clustered = [...document.querySelectorAll('#screening-map .map-cluster')].reduce((sum, cluster) => sum + Number(cluster.textContent), 0)
    return singles + clustered
  })

describe('the screenings map (near you)', () => {
  const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

  /** The page with tile requests answered locally (no network) and counted, as are the map's own files. */
  const mapPage = async (width: number, pathname: string) => {
    const page = await openPage(width, pathname)
    const requests = { tiles: [] as string[], assets: [] as string[] }
    await page.route(/tile\.openstreetmap\.org/, async (route) => {
      requests.tiles.push(route.request().url())
      await route.fulfill({ status: 200, contentType: 'image/png', body: tinyPng })
    })
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/_map/')) requests.assets.push(request.url())
    })
    return { page, requests }
  }

  const openMap = async (page: Page) => {
    await page.getByRole('button', { name: /Show on a map/ }).click()
    await page.locator('[data-screening-map][data-map="ready"]').waitFor()
  }

  test('starts only on request, with one marker for each listed screening that has coordinates', async () => {
    const { page, requests } = await mapPage(1280, '/screenings')
    try {
      await page.waitForTimeout(500)
      expect(requests).toEqual({ tiles: [], assets: [] })
      expect(await page.locator('script[src*="leaflet"]').count()).toBe(0)

      // The listed screenings, and which of them the CMS has coordinates for.
      const slugs = await page.$$eval('.screening-card h3 a', (links) => links.map((link) => link.getAttribute('href')!.split('/').pop()!))
      const query = slugs.map((slug, n) => `where[slug][in][${n}]=${encodeURIComponent(slug)}`).join('&')
      const stored = await (await fetch(`${inject('cmsUrl')}/api/screenings?${query}&limit=100&depth=0`)).json()
      const located = stored.docs.filter((doc: { venue: { latitude: number | null } }) => typeof doc.venue.latitude === 'number').length
      expect(located).toBeGreaterThan(0)

      await openMap(page)
      await expect.poll(() => requests.tiles.length).toBeGreaterThan(0)
      expect(requests.assets.some((url) => /\/_map\/leaflet-[\d.]+\/leaflet\.js$/.test(url))).toBe(true)
      expect(await markersOnMap(page)).toBe(located)
      expect(policyViolations.get(page), 'the tiles and the map are allowed by the content security policy').toEqual([])
    } finally {
      await page.close()
    }
  })

  test('is keyboard operable: Tab reaches a marker, Enter opens its screening', async () => {
    const { page } = await mapPage(1280, '/screenings?near=90012&radius=25')
    try {
      await openMap(page)
      await page.locator('#screening-map').focus()
      let opened = false
      for (let step = 0; step < 40 && !opened; step++) {
        await page.keyboard.press('Tab')
        const focused = await page.evaluate(() => document.activeElement?.className ?? '')
        if (/map-marker|map-cluster/.test(focused)) {
          await page.keyboard.press('Enter')
          opened = /map-marker/.test(focused)
        }
      }
      expect(opened).toBe(true)
      const link = page.locator('.leaflet-popup a[href^="/screenings/"]')
      await link.waitFor()
      expect(await link.textContent()).toMatch(/\S/)
    } finally {
      await page.close()
    }
  })

  test.each([360, 1280])('has no serious accessibility violation with the map open at %i px', async (width) => {
    const { page } = await mapPage(width, '/screenings')
    try {
      await openMap(page)
      expect(await seriousViolations(page)).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0)
      await page.screenshot({ path: path.join(screenshots, `${width}-screenings-map.png`), fullPage: true })
    } finally {
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
    // The title and the credit read as words, not run together.
    expect(await page.locator('figcaption').first().innerText()).toMatch(/^Restore Fairness by Breakthrough\b/)

    await page.getByRole('link', { name: 'Play video: Restore Fairness' }).click()
    await page.locator('iframe[src*="youtube-nocookie.com/embed/"]').waitFor({ state: 'attached' })
    await expect.poll(() => videoRequests.length).toBeGreaterThan(0)
    expect(videoRequests[0]).toMatch(/youtube-nocookie\.com\/embed\/.+autoplay=1/)
    await page.close()
  })
})

/** The JavaScript a first visit downloads, as the bytes on the wire (compressed), and what it contains. */
const firstLoadScripts = async (pathname: string) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
  const session = await page.context().newCDPSession(page)
  await session.send('Network.enable')
  const scripts = new Map<string, string>()
  let bytes = 0
  session.on('Network.responseReceived', ({ requestId, type }) => {
    if (type === 'Script') scripts.set(requestId, '')
  })
  session.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (scripts.has(requestId)) bytes += encodedDataLength
  })
  const bodies: Promise<string>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''))
  })
  await page.goto(`${webUrl}${pathname}`, { waitUntil: 'load' })
  await waitForHydration(page)
  await page.waitForTimeout(1000)
  const sources = await Promise.all(bodies)
  await page.close()
  return { bytes, sources }
}

describe('pages light on a phone (serving path)', () => {
  test.each(['/', '/blog/breakthrough-restore-fairness-campaign', '/es', '/screenings'])(
    '%s loads at most 60 KB of compressed JavaScript at first',
    async (pathname) => {
      const { bytes } = await firstLoadScripts(pathname)
      expect(bytes).toBeLessThanOrEqual(60 * 1024)
    },
  )

  test('the validation code loads on a page with a form, and not on a page without one', async () => {
    const withForm = await firstLoadScripts('/contact')
    expect(withForm.sources.some((source) => source.includes('ZodError'))).toBe(true)
    const withoutForm = await firstLoadScripts('/about-the-film')
    expect(withoutForm.sources.length, 'the page hydrates').toBeGreaterThan(0)
    expect(withoutForm.sources.some((source) => source.includes('ZodError'))).toBe(false)
  })
})

describe('the content security policy stops injected scripts (hardening, finding 11)', () => {
  test.each(['/', '/contact'])("on %s: an injected inline script, an inline handler and a foreign script do not run; the page's own do", async (pathname) => {
    const page = await openPage(1280, pathname)
    const ran = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, boolean>
      const inline = document.createElement('script')
      inline.textContent = 'window.injectedInline = true'
      document.body.append(inline)
      const handler = document.createElement('img')
      handler.setAttribute('onerror', 'window.injectedHandler = true')
      handler.src = 'data:,'
      document.body.append(handler)
      const foreign = document.createElement('script')
      foreign.src = 'https://scripts.example.com/x.js'
      document.body.append(foreign)
      await new Promise((resolve) => setTimeout(resolve, 300))
      return { inline: Boolean(flags.injectedInline), handler: Boolean(flags.injectedHandler) }
    })
    expect(ran).toEqual({ inline: false, handler: false })
    expect(policyViolations.get(page)!.length).toBeGreaterThanOrEqual(3)
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
