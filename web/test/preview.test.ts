/**
 * Draft previews, as the content team uses them: save a draft in the admin, press Preview, read the
 * draft on the site under a banner; visitors keep seeing the published version, and the preview
 * page is neither cached nor indexed, nor readable without the admin's signed link.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'
import { adminToken } from './helpers/cms'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
let browser: Browser
let token: string

const cms = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: response.status, body: await response.json() }
}

beforeAll(async () => {
  browser = await launchChromium()
  token = await adminToken()
})

afterAll(async () => {
  await browser?.close()
})

/** Signs into the admin, opens the document and presses Preview; resolves with the tab it opens. */
const previewFromAdmin = async (collection: string, id: string, locale = 'en') => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `10.80.0.${Math.floor(Math.random() * 250)}` } })
  const page = await context.newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(inject('adminCredentials').email)
  await page.locator('input[name="password"]').fill(inject('adminCredentials').password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
  await page.goto(`${cmsUrl}/admin/collections/${collection}/${id}?locale=${locale}`)
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    page
      .getByRole('button', { name: 'Preview' })
      .or(page.getByRole('link', { name: 'Preview' }))
      .first()
      .click(),
  ])
  const response = await preview.waitForNavigation().catch(() => null)
  await preview.waitForLoadState()
  return { context, preview, response }
}

describe('a post with a saved draft', () => {
  let post: { id: string; slug: string; title: string }
  const draftTitle = `Draft headline ${Date.now()}`

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
