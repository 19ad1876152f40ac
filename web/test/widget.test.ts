/**
 * The screenings widget partners embed (issue 16, item 8): a partner's page on another origin, with a
 * strict content security policy (Trusted Types too), pastes the snippet from Spread the Word; Debian's
 * Chromium shows exactly the upcoming published screenings the CMS has, with no cookie sent or set, no
 * policy violation and no axe violation. Then the frame variant, and what the site answers to values
 * no snippet should send.
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

import { formatEventDate } from '@made-in-la/shared/format'
import { PlacesMatchingDocument, ScreeningsNearPointDocument } from '@made-in-la/shared/graphql'
import { placeLabel } from '@made-in-la/shared/places'
import { screeningsWidget } from '@made-in-la/shared/screeningsWidget'
import { print } from 'graphql'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { freePort } from '../../cms/test/setup/cmsServer'
import { launchChromium } from '../../cms/test/helpers/browser'
import { adminToken } from './helpers/cms'
import en from '../i18n/locales/en.json'
import es from '../i18n/locales/es.json'

const axeSource: string = createRequire(import.meta.url)('axe-core').source
const screenshots = path.resolve(import.meta.dirname, 'screenshots')
const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const tag = `widget-${process.pid}-${Date.now()}`

type StoredScreening = { title: string; slug: string; startsAt: string; timeZone: string }

/** What the CMS itself says is upcoming and published, soonest first, as anyone may read it. */
const upcomingInCms = async (locale: string, region?: string) => {
  const query = new URLSearchParams({ 'where[startsAt][greater_than_equal]': new Date().toISOString(), sort: 'startsAt', limit: '100', locale, depth: '0' })
  if (region) query.set('where[venue.region][equals]', region)
  const response = await fetch(`${cmsUrl}/api/screenings?${query}`, { headers: { 'x-forwarded-for': '10.88.0.1' } })
  return (await response.json()).docs as StoredScreening[]
}

const cmsGraphql = async <Result>(document: Parameters<typeof print>[0], variables: Record<string, unknown>) => {
  const response = await fetch(`${cmsUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.88.0.2' },
    body: JSON.stringify({ query: print(document), variables }),
  })
  return (await response.json()).data as Result
}

/** The place the CMS's gazetteer takes a search to mean, and the upcoming screenings near it, nearest first. */
const nearInCms = async (search: string, radiusKm: number, locale: string) => {
  const { Places } = await cmsGraphql<{
    Places: { docs: { kind: string; name: string; region: string; country: string; latitude: number; longitude: number }[] }
  }>(PlacesMatchingDocument, { search: search.toLowerCase(), limit: 6 })
  const place = Places.docs[0]!
  const { ScreeningsNear } = await cmsGraphql<{ ScreeningsNear: { docs: { screening: StoredScreening }[] } }>(ScreeningsNearPointDocument, {
    latitude: place.latitude,
    longitude: place.longitude,
    radiusKm,
    limit: 100,
    locale,
  })
  return { place, screenings: ScreeningsNear.docs.map((doc) => doc.screening) }
}

/** What a widget should show for screenings the CMS has: linked on the site's origin, dated in their own zone. */
const expected = (screenings: StoredScreening[], locale: 'en' | 'es') =>
  screenings.map((screening) => ({
    title: screening.title,
    url: `${webUrl}${locale === 'es' ? '/es' : ''}/screenings/${screening.slug}`,
    calendarUrl: `${webUrl}/calendar/${screening.slug}.ics${locale === 'es' ? '?locale=es' : ''}`,
    calendarName: `${(locale === 'es' ? es : en).widget.calendar}: ${screening.title} (.ics)`,
    date: formatEventDate(screening.startsAt, screening.timeZone, locale),
  }))

const createScreening = async (token: string, fields: Record<string, unknown>) => {
  const response = await fetch(`${cmsUrl}/api/screenings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ admission: { isFree: true }, language: 'en', status: 'scheduled', _status: 'published', ...fields }),
  })
  expect(response.status).toBe(201)
}

// A partner's site: its own origin (another host name and port), its own font, and a strict policy
// that allows the site's origin only where the snippet needs it.
let partner: Server
let partnerUrl = ''
const partnerPages = new Map<string, string>()
const strictPolicy = (allow: string) =>
  [
    "default-src 'none'",
    `script-src ${allow}`,
    `style-src 'self' ${allow}`,
    `connect-src ${allow}`,
    `frame-src ${allow}`,
    "img-src 'self'",
    "require-trusted-types-for 'script'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')

const partnerPage = (lang: string, body: string) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A partner's page</title>
<link rel="stylesheet" href="/partner.css"></head>
<body><main><h1>Community events</h1>${body}</main></body>
</html>`

/** A snippet as the Spread the Word page offers it to copy, in that page's language. */
const offeredSnippet = async (locale: 'en' | 'es', variant: 'script' | 'frame') => {
  const html = await (await fetch(`${webUrl}${locale === 'es' ? '/es' : ''}/spread-the-word`)).text()
  const code = new RegExp(`<textarea id="widget-${variant}-code"[^>]*>([^<]*)</textarea>`).exec(html)?.[1]
  expect(code, `the ${variant} snippet on the ${locale} page`).toBeDefined()
  return code!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&')
}

let browser: Browser

beforeAll(async () => {
  const admin = await adminToken()
  for (const [city, day, status, published] of [
    ['Madison', '01', 'scheduled', true],
    ['Sun Prairie', '02', 'postponed', true],
    ['Madison', '03', 'scheduled', false],
  ] as const) {
    await createScreening(admin, {
      title: `${city} ${day} ${tag}`,
      startsAt: `2031-04-${day}T00:30:00.000Z`,
      startsAt_tz: 'America/Chicago',
      venue: { name: 'Community Hall', city, region: 'WI', country: 'US' },
      status,
      _status: published ? 'published' : 'draft',
    })
  }
  // A past one in the region, which no widget lists.
  await createScreening(admin, {
    title: `Past ${tag}`,
    startsAt: '2021-04-01T00:30:00.000Z',
    startsAt_tz: 'America/Chicago',
    venue: { name: 'Community Hall', city: 'Madison', region: 'WI', country: 'US' },
  })

  partnerPages.set(
    '/partner.css',
    'body { font-family: Georgia, "DejaVu Serif", serif; color: rgb(34, 34, 68); max-width: 60rem; margin: 0 auto; padding: 1rem; }',
  )
  partner = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://partner').pathname
    const body = partnerPages.get(pathname)
    if (!body) return response.writeHead(404).end()
    const css = pathname.endsWith('.css')
    response.writeHead(200, {
      'content-type': css ? 'text/css' : 'text/html; charset=utf-8',
      ...(css ? {} : { 'content-security-policy': strictPolicy(webUrl) }),
    })
    response.end(body)
  })
  const port = await freePort()
  await new Promise<void>((resolve) => partner.listen(port, '127.0.0.1', resolve))
  // Another origin on the site's own host: cookies are not kept apart by port, so a site cookie would
  // go with any request of the widget's that carried credentials (across sites, the browser keeps it).
  partnerUrl = `http://127.0.0.1:${port}`
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => partner?.close(resolve))
})

type Visit = { page: Page; context: BrowserContext; violations: string[]; siteRequests: Request[]; setCookies: string[] }

/** Opens a partner page with a cookie of the site's already in the browser, recording what travels. */
const visit = async (pathname: string, width = 1024): Promise<Visit> => {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  // As if the visitor had been on the site: a cookie that must never go with a widget's request.
  await context.addCookies([{ name: 'site-session', value: 'visitor-1', url: webUrl }])
  const page = await context.newPage()
  const violations: string[] = []
  const siteRequests: Request[] = []
  const setCookies: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text())
  })
  page.on('request', (request) => {
    if (request.url().startsWith(webUrl)) siteRequests.push(request)
  })
  page.on('response', async (response) => {
    const setCookie = await response.headerValue('set-cookie')
    if (setCookie) setCookies.push(`${response.url()}: ${setCookie}`)
  })
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { policyViolations: string[] }).policyViolations = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`), true)
  })
  const devtools = await context.newCDPSession(page)
  devtools.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(issue.details.contentSecurityPolicyIssueDetails))
  })
  await devtools.send('Audits.enable')
  const response = await page.goto(`${partnerUrl}${pathname}`, { waitUntil: 'load' })
  expect(response?.status()).toBe(200)
  return { page, context, violations, siteRequests, setCookies }
}

/** The screenings a widget shows once loaded (its shadow root), as a person and a screen reader get them. */
/**
 * What a widget shows, as a person and a screen reader get it: in a partner's page, the shadow root
 * of the element with this id; in the frame (no id), its document. Runs in the browser.
 */
const widgetShown = (id: string | null) => {
  const root = id ? document.getElementById(id)!.shadowRoot! : document
  const widget = root.querySelector('.mila')!
  return {
    heading: root.querySelector('.mila-heading')?.textContent,
    lang: widget.getAttribute('lang') ?? document.documentElement.lang,
    linkTarget: document.querySelector('base')?.target ?? null,
    empty: root.querySelector('.mila-empty')?.textContent ?? null,
    statuses: [...root.querySelectorAll('.mila-status')].map((status) => status.textContent),
    font: getComputedStyle(widget).fontFamily,
    color: getComputedStyle(widget).color,
    screenings: [...root.querySelectorAll('.mila-screening')].map((item) => {
      const title = item.querySelector<HTMLAnchorElement>('.mila-title a')!
      const calendar = item.querySelector<HTMLAnchorElement>('.mila-calendar a')!
      return {
        title: title.textContent,
        url: title.href,
        calendarUrl: calendar.href,
        calendarName: calendar.textContent,
        date: item.querySelector('time')!.textContent,
      }
    }),
  }
}

/** A widget in a partner's page, once it has loaded. */
const shownBy = async (page: Page, id: string) => {
  await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('.mila'), id)
  return page.evaluate(widgetShown, id)
}

type AxeResult = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }

/** Every axe violation (not only serious ones) in a document, open shadow roots included. */
const axeViolations = async (target: Page | ReturnType<Page['mainFrame']>) => {
  await target.evaluate(axeSource)
  const result = await target.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  )
  return result.violations.map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`)
}

const noCookieTravelled = async ({ page, context, siteRequests, setCookies }: Visit) => {
  expect(siteRequests.length).toBeGreaterThan(0)
  for (const request of siteRequests) expect(await request.headerValue('cookie'), request.url()).toBeNull()
  expect(setCookies).toEqual([])
  expect(await page.evaluate(() => document.cookie)).toBe('site-session=visitor-1')
  expect((await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`)).toEqual(['site-session=visitor-1'])
}

describe('the web component on a partner page with a strict policy', () => {
  test('shows exactly the upcoming published screenings, all, by region and near a place, in English and Spanish', async () => {
    const snippet = await offeredSnippet('en', 'script')
    // The snippet as the Spread the Word page offers it, then the same element asked for more.
    partnerPages.set(
      '/events',
      partnerPage(
        'en',
        [
          snippet.replace(`<${screeningsWidget.element} `, `<${screeningsWidget.element} id="all" `),
          `<${screeningsWidget.element} id="region" region="wi" lang="es"></${screeningsWidget.element}>`,
          `<${screeningsWidget.element} id="near" near="Madison, WI" radius="50" limit="20"></${screeningsWidget.element}>`,
          `<${screeningsWidget.element} id="nowhere" region="ZZ"></${screeningsWidget.element}>`,
          `<${screeningsWidget.element} id="broken" radius="7" near="Madison"><a href="${webUrl}/screenings">Our screenings</a></${screeningsWidget.element}>`,
        ].join('\n'),
      ),
    )
    const visited = await visit('/events')
    const { page, violations } = visited
    try {
      const all = await shownBy(page, 'all')
      expect(all.heading).toBe(en.widget.heading)
      expect(all.screenings).toEqual(expected((await upcomingInCms('en')).slice(0, screeningsWidget.limit.default), 'en'))

      const region = await shownBy(page, 'region')
      const inWisconsin = await upcomingInCms('es', 'WI')
      expect(inWisconsin.map((screening) => screening.title)).toEqual(expect.arrayContaining([`Madison 01 ${tag}`, `Sun Prairie 02 ${tag}`]))
      expect(region.lang).toBe('es')
      expect(region.heading).toBe(es.widget.headingIn.replace('{region}', 'WI'))
      expect(region.screenings).toEqual(expected(inWisconsin.slice(0, screeningsWidget.limit.default), 'es'))
      expect(region.statuses).toContain('Aplazada')
      const titles = region.screenings.map((screening) => screening.title)
      expect(titles).not.toContain(`Madison 03 ${tag}`)
      expect(titles).not.toContain(`Past ${tag}`)

      const near = await shownBy(page, 'near')
      const madison = await nearInCms('Madison, WI', 50, 'en')
      expect(near.heading).toBe(en.widget.headingNear.replace('{km}', '50').replace('{place}', placeLabel(madison.place, 'en')))
      expect(near.screenings).toEqual(expected(madison.screenings, 'en'))
      expect(near.screenings.map((screening) => screening.title)).toContain(`Sun Prairie 02 ${tag}`)

      const nowhere = await shownBy(page, 'nowhere')
      expect(nowhere.screenings).toEqual([])
      expect(nowhere.empty).toBe(en.widget.noneIn.replace('{region}', 'ZZ'))

      // A value the site refuses leaves the partner's own link in place.
      const fallback = await page.evaluate(() => {
        const broken = document.getElementById('broken')!
        return { slot: Boolean(broken.shadowRoot?.querySelector('slot')), link: broken.querySelector('a')!.getBoundingClientRect().height }
      })
      expect(fallback.slot).toBe(true)
      expect(fallback.link).toBeGreaterThan(0)

      // The partner's font and colour, not the site's.
      expect(all.font).toMatch(/^Georgia/)
      expect(all.color).toBe('rgb(34, 34, 68)')

      expect(violations).toEqual([])
      expect(await page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)).toEqual([])
      await noCookieTravelled(visited)
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await visited.context.close()
    }
  })

  test('looks right on a phone and a desktop, in English and Spanish (screenshots for review)', async () => {
    partnerPages.set('/es/eventos', partnerPage('es', (await offeredSnippet('es', 'script')).replace('limit="5"', 'limit="3" region="WI"')))
    partnerPages.set('/events-en', partnerPage('en', await offeredSnippet('en', 'script')))
    for (const [pathname, name] of [
      ['/events-en', 'en'],
      ['/es/eventos', 'es'],
    ] as const) {
      for (const width of [360, 1024]) {
        const visited = await visit(pathname, width)
        await visited.page.waitForFunction(() => document.querySelector('mila-screenings')?.shadowRoot?.querySelector('.mila'))
        const overflow = await visited.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0)
        await visited.page.screenshot({ path: path.join(screenshots, `${width}-widget-${name}.png`), fullPage: true })
        await visited.context.close()
      }
    }
    const offering = await browser.newPage({ viewport: { width: 360, height: 800 } })
    await offering.goto(`${webUrl}/es/spread-the-word`)
    await offering.screenshot({ path: path.join(screenshots, '360-spread-the-word-es.png'), fullPage: true })
    await offering.close()
  })
})

describe('the frame, for partners that allow no outside script', () => {
  test('lists the screenings with links that open in the partner tab; only it may be framed elsewhere', async () => {
    partnerPages.set('/frame', partnerPage('es', (await offeredSnippet('es', 'frame')).replace('?locale=es', '?locale=es&region=WI')))
    const visited = await visit('/frame')
    try {
      const content = await (await visited.page.waitForSelector('iframe')).contentFrame()
      await content!.waitForSelector('.mila-screening')
      expect(content!.url()).toMatch(new RegExp(`^${webUrl}${screeningsWidget.frame}\\?`))
      const shown = await content!.evaluate(widgetShown, null)
      expect(shown.lang).toBe('es')
      expect(shown.linkTarget).toBe('_top')
      expect(shown.screenings).toEqual(expected((await upcomingInCms('es', 'WI')).slice(0, screeningsWidget.limit.default), 'es'))
      expect(visited.violations).toEqual([])
      await noCookieTravelled(visited)
      expect(await axeViolations(visited.page)).toEqual([])
      expect(await axeViolations(content!)).toEqual([])
      await visited.page.screenshot({ path: path.join(screenshots, '1024-widget-frame-es.png'), fullPage: true })
    } finally {
      await visited.context.close()
    }

    const framed = await fetch(`${webUrl}${screeningsWidget.frame}?locale=es`)
    expect(framed.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(framed.headers.get('x-frame-options')).toBeNull()
    for (const pathname of ['/screenings', '/spread-the-word', '/embed/screenings.json']) {
      const other = await fetch(`${webUrl}${pathname}`)
      expect(other.headers.get('content-security-policy'), pathname).toContain("frame-ancestors 'self'")
      expect(other.headers.get('x-frame-options'), pathname).toBe('SAMEORIGIN')
    }
  })
})

test('the For developers page points partners who only list screenings to the widget', async () => {
  for (const prefix of ['', '/es']) {
    const html = await (await fetch(`${webUrl}${prefix}/developers`)).text()
    expect(html).toContain(`href="${prefix}/spread-the-word#widget-heading"`)
  }
})

describe('what the site answers', () => {
  const data = (query: string) => fetch(`${webUrl}${screeningsWidget.data}${query}`, { headers: { 'x-forwarded-for': '10.88.1.1' } })
  const cmsReads = () => {
    const log = path.join(inject('webDir'), '..', 'cms', 'cms.log')
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"path":"/api/graphql"')).length
  }

  test('data any origin may read without credentials, cached with real numbers', async () => {
    const response = await data('?region=WI')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+/)
    for (const file of [screeningsWidget.script, screeningsWidget.stylesheet]) {
      const asset = await fetch(`${webUrl}${file}`)
      expect(asset.status).toBe(200)
      expect(asset.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
      expect(asset.headers.get('access-control-allow-origin')).toBe('*')
    }
  })

  test('a published screening shows in the cached widget within seconds, in Spanish too', async () => {
    const titles = async () => ((await (await data('?region=WI&locale=es')).json()).screenings as { title: string }[]).map((screening) => screening.title)
    const before = await titles()
    await createScreening(await adminToken(), {
      title: `Added ${tag}`,
      startsAt: '2030-01-15T01:00:00.000Z',
      startsAt_tz: 'America/Chicago',
      venue: { name: 'Community Hall', city: 'Madison', region: 'WI', country: 'US' },
    })
    expect(before).not.toContain(`Added ${tag}`)
    await expect.poll(titles, { timeout: 10_000, interval: 250 }).toContain(`Added ${tag}`)
  })

  test('a region no screening has is answered from the cached list, without a read; limits are bounded', async () => {
    await data('?region=WI')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const before = cmsReads()
    for (let index = 0; index < 20; index += 1) {
      const response = await data(`?region=ZZ${index}`)
      expect(response.status).toBe(200)
      const view = await response.json()
      expect(view.screenings).toEqual([])
      expect(view.empty).toBe(en.widget.noneIn.replace('{region}', `ZZ${index}`))
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(cmsReads()).toBe(before)

    const most = await (await data(`?limit=${screeningsWidget.limit.max}`)).json()
    const asked = await (await data('?limit=1000')).json()
    expect(asked.screenings.length).toBeLessThanOrEqual(screeningsWidget.limit.max)
    expect(asked).toEqual(most)
    for (const query of ['?limit=0', '?limit=many', '?locale=fr', '?radius=7&near=Madison']) expect((await data(query)).status, query).toBe(404)
  })
})
