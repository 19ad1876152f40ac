/**
 * The content team's day in the admin (issue 15), in Chromium: the dashboard's counts, moderation
 * from the list (one row, twenty at once), featuring refused until a pledge may be shown, the draft
 * screening a host request becomes, and a publish a normal reload shows. Screenshots for review go
 * to test/screenshots (git-ignored).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'
import { lexical } from '../../cms/test/helpers/samples'
import { signedInAdmin } from './helpers/admin'
import { cmsApi } from './helpers/cms'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const screenshots = path.resolve(import.meta.dirname, 'screenshots')
const patiently = { timeout: 20_000, interval: 250 }
// A post of these tests' own: the comments they approve stay off the seeded post other suites count.
const postSlug = `content-team-${Date.now()}`
let browser: Browser
let postId: string

const cms = cmsApi

/** As the site sends them: with its own key. */
const submitted = async (collection: string, data: Record<string, unknown>) => {
  const created = await cms('POST', `/api/${collection}`, data, `users API-Key ${inject('siteApiKey')}`)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc as { id: string }
}

const pendingCount = async (collection: string, status: string) =>
  (await cms('GET', `/api/${collection}/count?where[status][equals]=${status}`)).body.totalDocs as number

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  browser = await launchChromium()
  const post = await cms('POST', '/api/posts', {
    title: 'Moderated in the admin',
    slug: postSlug,
    excerpt: 'A post for the content team tests.',
    content: lexical('Body'),
    _status: 'published',
  })
  expect(post.status, JSON.stringify(post.body)).toBe(201)
  postId = post.body.doc.id
})

afterAll(async () => {
  await browser?.close()
})

describe('the dashboard', () => {
  test('counts what waits in each list, and each count opens that list filtered to it', async () => {
    const marker = `Dashboard ${Date.now()}`
    await submitted('comments', { name: `${marker} comment`, email: 'c@example.org', body: 'Waiting', post: postId })
    await submitted('pledges', { name: `${marker} pledge`, email: 'p@example.org', city: 'Los Angeles', message: 'Waiting', consentToShow: true })
    await submitted('contact-messages', { name: marker, email: 'm@example.org', subject: `${marker} message`, message: 'Waiting for an answer' })
    const expected = {
      comments: await pendingCount('comments', 'pending'),
      pledges: await pendingCount('pledges', 'pending'),
      'host-requests': await pendingCount('host-requests', 'new'),
      'contact-messages': await pendingCount('contact-messages', 'new'),
    }
    expect(expected.comments).toBeGreaterThan(0)

    const { context, page } = await signedInAdmin(browser)
    for (const [collection, count] of Object.entries(expected)) {
      await expect(page.locator(`[data-count="${collection}"]`).textContent(), collection).resolves.toBe(String(count))
    }
    await expect(page.getByRole('heading', { name: 'Next screenings' }).count()).resolves.toBe(1)
    await expect(page.getByRole('img', { name: 'Made in L.A.' }).count()).resolves.toBeGreaterThan(0)
    await page.screenshot({ path: path.join(screenshots, 'admin-dashboard-team.png'), fullPage: true })

    await page.locator('a:has([data-count="comments"])').click()
    await page.waitForURL(/\/admin\/collections\/comments\?/)
    expect(decodeURIComponent(page.url())).toContain('where[status][equals]=pending')
    await expect.poll(() => page.locator('tbody tr').count(), patiently).toBe(Math.min(expected.comments, 10))
    await expect(page.locator('.mla-views [aria-current="page"]').textContent()).resolves.toBe('Pending')
    await context.close()
  })
})

describe('moderation from the list', () => {
  test('Approve on a comment row shows the comment under its post on the site', async () => {
    const name = `Row approval ${Date.now()}`
    const { id } = await submitted('comments', { name, email: 'row@example.org', body: `Approved from the row ${name}`, post: postId })
    const { context, page } = await signedInAdmin(browser)
    await page.goto(`${cmsUrl}/admin/collections/comments?search=${encodeURIComponent(name)}`)
    await page.getByRole('button', { name: `Approve ${name}` }).click()
    await page.getByText('Approved', { exact: true }).first().waitFor()
    await page.screenshot({ path: path.join(screenshots, 'admin-comment-approved.png'), fullPage: true })
    expect((await cms('GET', `/api/comments/${id}?depth=0`)).body.status).toBe('approved')
    await context.close()

    await expect.poll(async () => (await fetch(`${webUrl}/blog/${postSlug}`)).text(), patiently).toContain(`Approved from the row ${name}`)
  })

  test('twenty comments selected and approved at once', async () => {
    const marker = `Bulk ${Date.now()}`
    for (let index = 0; index < 20; index += 1) {
      await submitted('comments', { name: `${marker} ${String(index).padStart(2, '0')}`, email: 'bulk@example.org', body: 'One of twenty', post: postId })
    }
    const { context, page } = await signedInAdmin(browser)
    await page.goto(`${cmsUrl}/admin/collections/comments?search=${encodeURIComponent(marker)}&limit=25`)
    await expect.poll(() => page.locator('tbody tr').count(), patiently).toBe(20)
    await page.locator('thead input[type="checkbox"]').check()
    await page.getByRole('button', { name: 'Approve selected' }).click()
    await page.getByText('Approved: 20').waitFor()
    const approved = await cms('GET', `/api/comments/count?where[name][like]=${encodeURIComponent(marker)}&where[status][equals]=approved`)
    expect(approved.body.totalDocs).toBe(20)
    await expect.poll(() => page.locator('tbody .mla-status--approved').count(), patiently).toBe(20)
    await context.close()
  })

  test('featuring a pledge is refused, with the reason, until it is approved and its signer agreed to be shown', async () => {
    const name = `Feature ${Date.now()}`
    const { id } = await submitted('pledges', { name, email: 'f@example.org', city: 'Los Angeles', message: 'Feature me', consentToShow: true })
    const { context, page } = await signedInAdmin(browser)
    await page.goto(`${cmsUrl}/admin/collections/pledges?search=${encodeURIComponent(name)}`)
    await page.getByRole('button', { name: `Feature ${name}` }).click()
    await page
      .getByText(/approve the pledge before featuring it/)
      .first()
      .waitFor()
    await page.screenshot({ path: path.join(screenshots, 'admin-pledge-feature-refused.png'), fullPage: true })
    expect((await cms('GET', `/api/pledges/${id}?depth=0`)).body.featured).toBe(false)

    await page.getByRole('button', { name: `Approve ${name}` }).click()
    await expect.poll(() => page.locator('tbody .mla-status--approved').count(), patiently).toBe(1)
    await page.getByRole('button', { name: `Feature ${name}` }).click()
    await expect.poll(() => page.getByRole('button', { name: `Unfeature ${name}` }).count(), patiently).toBe(1)
    expect((await cms('GET', `/api/pledges/${id}?depth=0`)).body).toMatchObject({ status: 'approved', featured: true })
    await context.close()

    // The API holds the same rule, naming the field; rejecting a featured pledge unfeatures it.
    const withoutConsent = await submitted('pledges', {
      name: `${name} private`,
      email: 'f@example.org',
      city: 'Los Angeles',
      message: 'Keep me private',
      consentToShow: false,
    })
    const refused = await cms('PATCH', `/api/pledges/${withoutConsent.id}`, { status: 'approved', featured: true })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/featured: its signer did not agree to be shown publicly/)
    expect((await cms('GET', `/api/pledges/${withoutConsent.id}?depth=0`)).body).toMatchObject({ status: 'pending', featured: false })
    expect((await cms('PATCH', `/api/pledges/${id}`, { status: 'rejected' })).body.doc).toMatchObject({ status: 'rejected', featured: false })
  })
})

describe('translation', () => {
  test('a Spanish title alone publishes, and the Spanish page shows it over the English body', async () => {
    const spanish = `Moderado en el panel ${Date.now()}`
    const { context, page } = await signedInAdmin(browser)
    await page.goto(`${cmsUrl}/admin/collections/posts/${postId}?locale=es`)
    const title = page.locator('#field-title').first()
    await expect.poll(() => title.inputValue(), patiently).toBe('')
    await title.fill(spanish)
    await page.getByRole('button', { name: /^Publish changes$/ }).click()
    await page
      .getByText(/Updated successfully|Published successfully/i)
      .first()
      .waitFor()
    await page.screenshot({ path: path.join(screenshots, 'admin-spanish-title.png'), fullPage: true })
    // The list says how far the Spanish version goes: the title only, of title, excerpt and content.
    await page.goto(`${cmsUrl}/admin/collections/posts?search=${encodeURIComponent('Moderated in the admin')}`)
    await expect.poll(() => page.locator('tbody tr .mla-translation').first().textContent(), patiently).toBe('Partial (1 of 3)')
    await context.close()

    await expect.poll(async () => (await fetch(`${webUrl}/es/blog/${postSlug}`)).text(), patiently).toContain(spanish)
    const html = await (await fetch(`${webUrl}/es/blog/${postSlug}`)).text()
    expect(html).toContain('>Body<')
    expect(await (await fetch(`${webUrl}/blog/${postSlug}`)).text()).toContain('Moderated in the admin')
  })
  test('in Spanish each field shows its English, and Copy from English fills the title and the body', async () => {
    const english = { title: `Written in English ${Date.now()}`, body: `An English body ${Date.now()}` }
    const created = await cms('POST', '/api/posts', {
      title: english.title,
      slug: `english-beside-${Date.now()}`,
      excerpt: 'An English excerpt.',
      content: lexical(english.body),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const { context, page } = await signedInAdmin(browser)
    await page.goto(`${cmsUrl}/admin/collections/posts/${id}?locale=es`)
    const beside = page.locator('.mla-english')
    await expect
      .poll(() => beside.locator('.mla-english__text').allTextContents(), patiently)
      .toEqual(expect.arrayContaining([english.title, 'An English excerpt.', english.body]))
    await beside.filter({ hasText: english.title }).getByRole('button', { name: 'Copy from English' }).click()
    await expect(page.locator('#field-title').first().inputValue()).resolves.toBe(english.title)
    await beside.filter({ hasText: english.body }).getByRole('button', { name: 'Copy from English' }).click()
    await expect.poll(() => page.locator('.rich-text-lexical').first().textContent(), patiently).toContain(english.body)
    await page.screenshot({ path: path.join(screenshots, 'admin-english-beside.png'), fullPage: true })
    await page.getByRole('button', { name: /^Publish changes$/ }).click()
    await page
      .getByText(/Updated successfully|Published successfully/i)
      .first()
      .waitFor()
    await context.close()
    // Stored as Spanish text of its own, not a fallback.
    const spanish = (await cms('GET', `/api/posts/${id}?locale=es&fallback-locale=none&depth=0`)).body
    expect(spanish.title).toBe(english.title)
    expect(JSON.stringify(spanish.content)).toContain(english.body)
    // In English nothing is shown beside the fields.
    const { context: again, page: inEnglish } = await signedInAdmin(browser)
    await inEnglish.goto(`${cmsUrl}/admin/collections/posts/${id}`)
    await inEnglish.locator('#field-title').first().waitFor()
    await expect(inEnglish.locator('.mla-english').count()).resolves.toBe(0)
    await again.close()
    // The demo's home page lists the latest posts: it stays as the other suites expect (pages.test.ts counts its images).
    expect((await cms('DELETE', `/api/posts/${id}`)).status).toBe(200)
  })

  test('switching language with unsaved changes asks first, and staying keeps them', async () => {
    const { context, page } = await signedInAdmin(browser)
    await page.goto(`${cmsUrl}/admin/collections/posts/${postId}`)
    const title = page.locator('#field-title').first()
    await expect.poll(() => title.inputValue(), patiently).toBe('Moderated in the admin')
    await title.fill('Unsaved English edit')
    const dialogs: string[] = []
    let accept = false
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void (accept ? dialog.accept() : dialog.dismiss())
    })
    const switchTo = async (label: string) => {
      const choice = page.getByRole('button', { name: new RegExp(`^${label}`) })
      // The list stays open after a switch the editor called off.
      if (!(await choice.isVisible())) await page.locator('.localizer .popup__trigger-wrap button').click()
      await choice.click()
    }
    await switchTo('Español')
    expect(dialogs).toEqual([expect.stringContaining('unsaved changes')])
    expect(page.url()).not.toContain('locale=es')
    expect(await title.inputValue()).toBe('Unsaved English edit')

    accept = true
    await switchTo('Español')
    await page.waitForURL(/locale=es/)
    expect(dialogs).toHaveLength(2)
    await context.close()
  })
})

describe('saved venues', () => {
  test('picking a saved venue on a screening fills in its venue and its time zone', async () => {
    const name = `Saved hall ${Date.now()}`
    const venue = await cms('POST', '/api/venues', {
      name,
      address: '1 Union Square',
      postalCode: '60601',
      city: 'Chicago',
      region: 'IL',
      country: 'US',
      timeZone: 'America/Chicago',
    })
    expect(venue.status, JSON.stringify(venue.body)).toBe(201)
    const { context, page } = await signedInAdmin(browser)
    await page.goto(`${cmsUrl}/admin/collections/screenings/create`)
    // The picker's own box: the field's middle may be its "+" (add a venue in place) when the live
    // preview, which the admin remembers open from another test, takes half the width.
    const picker = page.locator('#field-savedVenue .rs__control')
    await picker.click()
    await page.keyboard.type(name)
    await page.locator('.rs__option', { hasText: name }).click()
    await expect.poll(() => page.locator('#field-venue__name').inputValue(), patiently).toBe(name)
    await expect(page.locator('#field-venue__city').inputValue()).resolves.toBe('Chicago')
    await expect(page.locator('#field-venue__address').inputValue()).resolves.toBe('1 Union Square')
    await expect(page.locator('#field-venue__country').inputValue()).resolves.toBe('US')
    // The start time's zone, which the screening opened with as the site's (Los Angeles), is the venue's.
    await expect.poll(() => page.locator('.timezone-picker-wrapper').first().textContent(), patiently).toContain('Chicago')
    await page.screenshot({ path: path.join(screenshots, 'admin-screening-saved-venue.png'), fullPage: true })
    await context.close()
  })
})

describe('a host request becomes a screening', () => {
  test('after "Create a draft screening", a message links to the new draft, which keeps the private message out', async () => {
    const organisation = `Toast hall ${Date.now()}`
    const privateMessage = `Call me on my private number ${Date.now()}`
    const { id } = await submitted('host-requests', {
      name: 'Rosa',
      email: 'rosa@example.org',
      organisation,
      city: 'Chicago',
      region: 'IL',
      country: 'US',
      preferredDate: '2027-02-20',
      message: privateMessage,
    })
    expect((await cms('PATCH', `/api/host-requests/${id}`, { status: 'confirmed' })).status).toBe(200)
    const { context, page } = await signedInAdmin(browser)
    await page.goto(`${cmsUrl}/admin/collections/host-requests/${id}`)
    await page.locator('#field-createScreening').check()
    await page.getByRole('button', { name: 'Save' }).click()
    const link = page.locator('.toast-success, [data-sonner-toast]').getByRole('link', { name: 'Open the draft screening' })
    await link.waitFor()
    await page.screenshot({ path: path.join(screenshots, 'admin-host-request-toast.png'), fullPage: true })
    await link.click()
    await page.waitForURL(/\/admin\/collections\/screenings\/[^/]+$/)
    const screeningId = page.url().split('/').pop()
    const screening = (await cms('GET', `/api/screenings/${screeningId}?draft=true&depth=0`)).body
    expect(screening).toMatchObject({ _status: 'draft', hostRequest: id, title: `${organisation} screening` })
    expect(JSON.stringify(screening)).not.toContain(privateMessage)
    await context.close()
  })
})

describe('the editor sees their change', () => {
  test('pages and the data client-side navigation reads tell browsers to check again; shared caches keep theirs', async () => {
    for (const pathname of ['/', '/_payload.json', '/buy-the-dvd', '/buy-the-dvd/_payload.json', '/es/buy-the-dvd', `/blog/${postSlug}/_payload.json`]) {
      const cacheControl = (await fetch(`${webUrl}${pathname}`)).headers.get('cache-control') ?? ''
      expect(cacheControl, pathname).toMatch(/(^|, )max-age=0(,|$)/)
      expect(cacheControl, pathname).toMatch(/s-maxage=\d+/)
    }
  })

  test("a browser's copy from the same second as the change is not answered 304: its ETag decides", async () => {
    const dvd = (await cms('GET', '/api/dvds?limit=1&depth=0&sort=sortOrder')).body.docs[0] as { id: string; price: number }
    const before = await fetch(`${webUrl}/buy-the-dvd`)
    const etag = before.headers.get('etag')
    expect(etag).toBeTruthy()
    const price = Math.round(Math.random() * 5000 + 1000) / 100
    const shown = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(price)
    try {
      expect((await cms('PATCH', `/api/dvds/${dvd.id}`, { price })).status).toBe(200)
      await expect.poll(async () => (await fetch(`${webUrl}/buy-the-dvd`)).text(), patiently).toContain(shown)
      // As a browser revalidates its copy: the old ETag, and a date no older than the new page.
      const revalidated = await fetch(`${webUrl}/buy-the-dvd`, {
        headers: { 'if-none-match': etag!, 'if-modified-since': new Date(Date.now() + 60_000).toUTCString() },
      })
      expect(revalidated.status).toBe(200)
      expect(await revalidated.text()).toContain(shown)
    } finally {
      await cms('PATCH', `/api/dvds/${dvd.id}`, { price: dvd.price })
    }
  })

  test('a normal reload after publishing a new DVD price shows it', async () => {
    const dvd = (await cms('GET', '/api/dvds?limit=1&depth=0&sort=sortOrder')).body.docs[0] as { id: string; price: number }
    const page = await browser.newPage()
    try {
      await page.goto(`${webUrl}/buy-the-dvd`)
      const price = Math.round(Math.random() * 5000 + 1000) / 100
      const shown = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(price)
      expect(await page.content()).not.toContain(shown)
      expect((await cms('PATCH', `/api/dvds/${dvd.id}`, { price })).status).toBe(200)
      // Once the site has the change (it is told within seconds), one plain reload shows it.
      await expect.poll(async () => (await fetch(`${webUrl}/buy-the-dvd`)).text(), patiently).toContain(shown)
      await page.reload()
      expect(await page.content()).toContain(shown)
    } finally {
      await page.close()
      await cms('PATCH', `/api/dvds/${dvd.id}`, { price: dvd.price })
    }
  })
})
