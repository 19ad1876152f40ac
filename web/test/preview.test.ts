/**
 * Draft previews, as the content team uses them: save a draft in the admin, press Preview, read the
 * draft on the site under a banner; visitors keep seeing the published version, and the preview
 * page is neither cached nor indexed, nor readable without the admin's signed link.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'
import { signedInAdmin } from './helpers/admin'
import { cmsApi } from './helpers/cms'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const screenshots = path.resolve(import.meta.dirname, 'screenshots')
let browser: Browser

const cms = cmsApi

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Signs into the admin, opens the document and presses Preview; resolves with the tab it opens. */
const previewFromAdmin = async (collection: string, id: string, locale = 'en') => {
  const { context, page } = await signedInAdmin(browser)
  await page.goto(`${cmsUrl}/admin/collections/${collection}/${id}?locale=${locale}`)
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    // The labelled Preview button (a link to a new tab), not the live preview's toggle beside it.
    page.getByRole('link', { name: 'Preview', exact: true }).click(),
  ])
  const response = await preview.waitForNavigation().catch(() => null)
  await preview.waitForLoadState()
  return { context, preview, response }
}

/**
 * How long the live preview took to show a typed change: the better of two tries. The frame must show
 * both (up to 10 s); the time is the faster one, so one slow moment of a shared 2-core CI machine
 * does not decide it, while a preview that is always slow still fails.
 */
const bestOfTwo = async (attempt: (number: 1 | 2) => Promise<number>) => {
  const first = await attempt(1)
  return first < 2000 ? first : Math.min(first, await attempt(2))
}

describe('a post with a saved draft', () => {
  let post: { id: string; slug: string; title: string }
  const draftTitle = `Draft headline ${Date.now()}`
  /** The preview link the admin signs for the post (as its Preview button has it). */
  const signedLink = async () => {
    const { context, preview } = await previewFromAdmin('posts', post.id)
    const url = new URL(preview.url())
    await context.close()
    return url
  }

  beforeAll(async () => {
    const found = await cms('GET', '/api/posts?where[slug][equals]=restore-fairness&depth=0&limit=1')
    post = found.body.docs[0] ?? (await cms('GET', '/api/posts?where[_status][equals]=published&depth=0&limit=1')).body.docs[0]
    const saved = await cms('PATCH', `/api/posts/${post.id}?draft=true`, { title: draftTitle })
    expect(saved.status).toBe(200)
  })

  afterAll(async () => {
    // Drop the draft: publish the published title again.
    await cms('PATCH', `/api/posts/${post.id}`, { title: post.title, _status: 'published' })
  })

  test("the admin's Preview button opens the draft on the site, under a banner", async () => {
    const { context, preview } = await previewFromAdmin('posts', post.id)
    expect(preview.url()).toMatch(new RegExp(`^${webUrl}/preview/posts/${post.id}\\?token=`))
    await expect(preview.locator('h1').textContent()).resolves.toBe(draftTitle)
    await expect(preview.locator('.preview-banner').textContent()).resolves.toContain('Preview of the latest draft')
    await context.close()
  })

  test('the preview page is private: not cached, not indexed', async () => {
    const { context, preview } = await previewFromAdmin('posts', post.id)
    const response = await fetch(preview.url(), { headers: { accept: 'text/html' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow">')
    await context.close()
  })

  test('visitors still read the published post', async () => {
    const page = await fetch(`${webUrl}/blog/${post.slug}?fresh=${Date.now()}`, { headers: { accept: 'text/html' } })
    const html = await page.text()
    expect(html).toContain(post.title)
    expect(html).not.toContain(draftTitle)
  })

  test('without the signed link, or with an altered one, the draft is refused', async () => {
    const { context, preview } = await previewFromAdmin('posts', post.id)
    const url = new URL(preview.url())
    const signed = url.searchParams.get('token')!
    await context.close()
    for (const forged of ['', 'nonsense', `${signed.split('.')[0]}.${'A'.repeat(43)}`, `${signed.slice(0, -1)}${signed.endsWith('A') ? 'B' : 'A'}`]) {
      const response = await fetch(`${webUrl}/preview/posts/${post.id}?token=${encodeURIComponent(forged)}`, { headers: { accept: 'text/html' } })
      expect(response.status, forged).toBe(403)
      const html = await response.text()
      expect(html).not.toContain(draftTitle)
      expect(html).toContain('This preview link does not work')
    }
    // Nor does a link for this post open another document.
    const other = await fetch(`${webUrl}/api/preview/pages/${post.id}?token=${encodeURIComponent(signed)}`)
    expect(other.status).toBe(403)
    expect(other.headers.get('cache-control')).toContain('no-store')
  })

  test.each([
    ['Phone', 375],
    ['Tablet', 768],
    ['Desktop', 1440],
  ])('live preview: typing a title shows it beside the form within 2 s, at %s size (%i px)', async (label, width) => {
    const { context, page } = await signedInAdmin(browser, { viewport: { width: 1600, height: 1000 } })
    // Once the frame said it is ready, the admin sends it the form: the first merge.
    const ready = page.waitForResponse((response) => response.url().endsWith('/api/preview/live'))
    await page.goto(`${cmsUrl}/admin/collections/posts/${post.id}`)
    await page.locator('#field-title').first().waitFor()
    // The admin remembers whether each member had it open.
    const toggle = page.locator('#live-preview-toggler')
    if (!(await toggle.getAttribute('class'))?.includes('live-preview-toggler--active')) await toggle.click()
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Exit Live Preview')
    await page.locator('.live-preview-toolbar-controls__breakpoint button').click()
    await page.getByRole('button', { name: label, exact: true }).click()
    await expect.poll(() => page.locator('input[name="live-preview-width"]').inputValue()).toBe(String(width))
    const frame = page.frameLocator('iframe')
    await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: 20_000 }).toBe(draftTitle)
    await expect(frame.locator('.preview-banner').textContent()).resolves.toContain('Preview of the latest draft')
    expect((await ready).status()).toBe(200)
    await expect.poll(() => frame.locator('h1').first().textContent()).toBe(draftTitle)

    const typed = `Typed at ${label}`
    const elapsed = await bestOfTwo(async (attempt) => {
      await page.locator('#field-title').first().fill(`${typed} ${attempt}`)
      const started = Date.now()
      await frame.locator('h1', { hasText: `${typed} ${attempt}` }).waitFor({ timeout: 10_000 })
      return Date.now() - started
    })
    expect(elapsed).toBeLessThan(2000)
    await page.screenshot({ path: path.join(screenshots, `admin-live-preview-${label.toLowerCase()}.png`) })
    await context.close()
    // Typing saved nothing.
    expect((await cms('GET', `/api/posts/${post.id}?draft=true&depth=0`)).body.title).toBe(draftTitle)
  })

  test("live preview's reads need the link: refused without it, for another document, or past their size", async () => {
    const signed = (await signedLink()).searchParams.get('token')!
    const send = (body: unknown) =>
      fetch(`${webUrl}/api/preview/live`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const merged = await send({ endpoint: `posts/${post.id}`, token: signed, locale: 'en', data: { title: 'Unsaved title' } })
    expect(merged.status).toBe(200)
    expect(merged.headers.get('cache-control')).toContain('no-store')
    expect((await merged.json()).post.title).toBe('Unsaved title')
    expect((await send({ endpoint: `posts/${post.id}`, token: 'forged', data: { title: 'x' } })).status).toBe(403)
    expect((await send({ endpoint: 'posts/another-document', token: signed, data: { title: 'x' } })).status).toBe(403)
    // A link for this post opens no other kind of document, and unknown kinds are not previewed at all.
    expect((await send({ endpoint: `pages/${post.id}`, token: signed, data: { title: 'x' } })).status).toBe(403)
    expect((await send({ endpoint: 'globals/home-page', token: signed, data: { heading: 'x' } })).status).toBe(403)
    expect((await send({ endpoint: `users/${post.id}`, token: signed, data: { title: 'x' } })).status).toBe(404)
    expect((await send({ endpoint: `posts/${post.id}`, token: signed })).status).toBe(400)
    expect((await send({ endpoint: `posts/${post.id}`, token: signed, data: { title: 'x'.repeat(300 * 1024) } })).status).toBe(413)
    // Nothing was stored.
    expect((await cms('GET', `/api/posts/${post.id}?draft=true&depth=0`)).body.title).toBe(draftTitle)
  })

  test('preview pages may be framed by the admin, and no other page may', async () => {
    const link = await signedLink()
    const preview = await fetch(link, { headers: { accept: 'text/html' } })
    expect(preview.headers.get('content-security-policy')).toMatch(new RegExp(`frame-ancestors 'self'[^;]* ${new URL(cmsUrl).origin}`))
    expect(preview.headers.get('x-frame-options')).toBeNull()
    const page = await fetch(`${webUrl}/blog/${post.slug}`, { headers: { accept: 'text/html' } })
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self';")
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })
})

test('a screening that was never published can be previewed; one missing its essentials says what is missing', async () => {
  const created = await cms('POST', '/api/screenings?draft=true', {
    _status: 'draft',
    title: `Preview screening ${Date.now()}`,
    startsAt: '2027-05-01T02:00:00.000Z',
    startsAt_tz: 'America/Los_Angeles',
    venue: { name: 'Preview Hall', city: 'Pomona', country: 'US' },
  })
  expect(created.status).toBe(201)
  const { context, preview } = await previewFromAdmin('screenings', created.body.doc.id)
  await expect(preview.locator('h1').textContent()).resolves.toBe(created.body.doc.title)
  await expect(preview.getByText('Pomona').first().isVisible()).resolves.toBe(true)
  await context.close()
  const publicView = await fetch(`${webUrl}/screenings/${created.body.doc.slug}`, { headers: { accept: 'text/html' } })
  expect(publicView.status).toBe(404)

  const incomplete = await cms('POST', '/api/screenings?draft=true', { _status: 'draft', title: `Unfinished ${Date.now()}` })
  expect(incomplete.status).toBe(201)
  const unfinished = await previewFromAdmin('screenings', incomplete.body.doc.id)
  await expect(unfinished.preview.locator('h1').textContent()).resolves.toBe('This draft cannot be shown yet')
  await unfinished.context.close()
})

/**
 * Opens a document (or a global) in the admin with the live preview beside it, types into one of its
 * fields, and resolves once the frame shows the typed text, with how long that took (the issue asks
 * for 2 s).
 */
const typeBesideLivePreview = async (adminPath: string, field: string, typed: [string, string], shown = typed) => {
  const { context, page } = await signedInAdmin(browser, { viewport: { width: 1600, height: 1000 } })
  await page.goto(`${cmsUrl}/admin/${adminPath}`)
  await page.locator(field).first().waitFor()
  const toggle = page.locator('#live-preview-toggler')
  if (!(await toggle.getAttribute('class'))?.includes('live-preview-toggler--active')) await toggle.click()
  const frame = page.frameLocator('iframe')
  await frame.locator('.preview-banner').waitFor({ timeout: 20_000 })
  // The first merge (the admin sends the form once the frame is ready) before typing.
  await page.waitForResponse((response) => response.url().endsWith('/api/preview/live')).catch(() => undefined)
  const elapsed = await bestOfTwo(async (attempt) => {
    await page
      .locator(field)
      .first()
      .fill(typed[attempt - 1]!)
    const started = Date.now()
    await frame
      .getByText(shown[attempt - 1]!, { exact: true })
      .first()
      .waitFor({ timeout: 10_000 })
    return Date.now() - started
  })
  const banner = await frame.locator('.preview-banner').textContent()
  await page.screenshot({ path: path.join(screenshots, `admin-live-preview-${adminPath.split('/')[1]}.png`) })
  await context.close()
  return { elapsed, banner }
}

describe('live preview beside every kind of public content', () => {
  test("a page: its title and a block's heading follow the form", async () => {
    const created = await cms('POST', '/api/pages?draft=true', {
      _status: 'draft',
      title: `Live page ${Date.now()}`,
      layout: [{ blockType: 'awards', heading: 'Awards so far', awards: [{ name: 'Best documentary', festival: 'Demo Festival', year: 2008 }] }],
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await typeBesideLivePreview(`collections/pages/${id}`, '#field-title', ['A page typed live', 'A page typed live again'])).elapsed).toBeLessThan(
      2000,
    )
    expect(
      (await typeBesideLivePreview(`collections/pages/${id}`, '#field-layout__0__heading', ['Awards typed live', 'Awards typed live again'])).elapsed,
    ).toBeLessThan(2000)
    // Typing saved nothing.
    const stored = (await cms('GET', `/api/pages/${id}?draft=true&depth=0`)).body
    expect([stored.title, stored.layout[0].heading]).toEqual([created.body.doc.title, 'Awards so far'])
  })

  test('a screening that was never published', async () => {
    const created = await cms('POST', '/api/screenings?draft=true', {
      _status: 'draft',
      title: `Live screening ${Date.now()}`,
      startsAt: '2027-06-01T02:00:00.000Z',
      startsAt_tz: 'America/Los_Angeles',
      venue: { name: 'Live Hall', city: 'Pomona', country: 'US' },
    })
    expect(created.status).toBe(201)
    const { elapsed } = await typeBesideLivePreview(`collections/screenings/${created.body.doc.id}`, '#field-title', [
      'A screening typed live',
      'A screening typed live again',
    ])
    expect(elapsed).toBeLessThan(2000)
  })

  test('a DVD edition: a draft price shows in the preview, among the other editions, and not on the site until published', async () => {
    const slug = `live-edition-${Date.now()}`
    const created = await cms('POST', '/api/dvds?draft=true', {
      _status: 'draft',
      title: `Live edition ${slug}`,
      slug,
      licence: 'home',
      price: 19,
      currency: 'USD',
      format: 'dvd',
      availability: 'preOrder',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const { elapsed } = await typeBesideLivePreview(`collections/dvds/${id}`, '#field-price', ['31.5', '32.5'], ['$31.50', '$32.50'])
    expect(elapsed).toBeLessThan(2000)
    // Visitors and partners see published editions only.
    const onSale = async () => (await (await fetch(`${webUrl}/api/dvds?locale=en`)).json()) as { id: string }[]
    expect((await onSale()).map((edition) => edition.id)).not.toContain(id)
    const graphql = await fetch(`${cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ Dvds(where: { slug: { equals: "${slug}" } }) { totalDocs } }` }),
    })
    expect((await graphql.json()).data.Dvds.totalDocs).toBe(0)
    expect((await cms('PATCH', `/api/dvds/${id}`, { _status: 'published' })).status).toBe(200)
    await expect.poll(async () => (await onSale()).map((edition) => edition.id), { timeout: 15_000 }).toContain(id)
    // The shared demo shop stays as seeded for the other suites (pages.test.ts counts its editions).
    expect((await cms('DELETE', `/api/dvds/${id}`)).status).toBe(200)
    await expect.poll(async () => (await onSale()).map((edition) => edition.id), { timeout: 15_000 }).not.toContain(id)
  })

  test('the home page: the heading follows the form, under a banner that says it is not saved yet; forged links are refused', async () => {
    const before = (await cms('GET', '/api/globals/home-page?depth=0')).body.heading
    const { elapsed, banner } = await typeBesideLivePreview('globals/home-page', '#field-heading', ['A home page typed live', 'A home page typed live again'])
    expect(elapsed).toBeLessThan(2000)
    expect(banner).toContain('Visitors see them once you save')
    expect((await cms('GET', '/api/globals/home-page?depth=0')).body.heading).toBe(before)
    for (const forged of ['nonsense', 'eyJpZCI6ImhvbWUtcGFnZSJ9.AAAA']) {
      expect((await fetch(`${webUrl}/api/preview/home-page/home-page?token=${forged}`)).status, forged).toBe(403)
      const live = await fetch(`${webUrl}/api/preview/live`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ endpoint: 'globals/home-page', token: forged, data: { heading: 'x' } }),
      })
      expect(live.status, forged).toBe(403)
    }
  })
})
