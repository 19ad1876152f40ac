/**
 * What visitors send is shown only after a moderator approves it, and always as inert text:
 * an XSS corpus submitted as pledge and comment, approved, then rendered in Chromium.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'
import { adminToken, findStored } from './helpers/cms'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
let browser: Browser

const corpus = [
  '<script data-xss>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2" data-xss>',
  '<svg onload="window.__xss = 3" data-xss></svg>',
  '"><iframe src="javascript:window.__xss = 4" data-xss></iframe>',
  'javascript:window.__xss = 5',
  '&lt;script&gt;window.__xss = 6&lt;/script&gt;',
  '%3Cscript%3Ewindow.__xss = 7%3C/script%3E',
  '<a href="javascript:window.__xss = 8" data-xss>click</a>',
]

const submit = (form: string, body: Record<string, unknown>, visitor: string) =>
  fetch(`${webUrl}/api/forms/${form}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': visitor },
    body: JSON.stringify(body),
  })

const moderate = async (collection: string, id: string, data: Record<string, unknown>) => {
  const response = await fetch(`${cmsUrl}/api/${collection}/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${await adminToken()}` },
    body: JSON.stringify(data),
  })
  expect(response.status).toBe(200)
}

const expectInert = async (page: Page, texts: string[]) => {
  for (const text of texts) await expect(page.getByText(text, { exact: false }).count(), text).resolves.toBeGreaterThan(0)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  expect(await page.locator('[data-xss]').count()).toBe(0)
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0)
}

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('pledges', () => {
  test('a pledge appears on the home page only once approved and featured, as plain text', async () => {
    const marker = `Pledger ${Date.now()}`
    const pledges = corpus.map((payload, index) => ({ name: `${marker} ${index}`, city: payload.slice(0, 80), message: payload, consentToShow: true }))
    for (const [index, pledge] of pledges.entries()) {
      expect((await submit('pledge', pledge, `10.80.0.${index + 1}`)).status).toBe(202)
    }
    await expect.poll(async () => (await findStored('pledges', { city: pledges[0]!.city })).length, { timeout: 5000 }).toBeGreaterThan(0)

    const home = async () => (await fetch(`${webUrl}/`, { headers: { accept: 'text/html' } })).text()
    expect(await home()).not.toContain(marker)

    for (const pledge of pledges) {
      const [stored] = await findStored('pledges', { name: pledge.name })
      await moderate('pledges', String(stored!.id), { status: 'approved', featured: true })
    }
    await expect.poll(home, { timeout: 5000 }).toContain(marker)

    const page = await browser.newPage()
    let dialogs = 0
    page.on('dialog', async (dialog) => {
      dialogs++
      await dialog.dismiss()
    })
    await page.goto(`${webUrl}/`)
    await expectInert(page, [`${marker} 0`, corpus[0]!, corpus[1]!])
    expect(dialogs).toBe(0)
    await page.close()
  })
})

describe('comments', () => {
  test('approved comments appear under their post, newest last, with the count, as plain text', async () => {
    const postPath = '/blog/breakthrough-restore-fairness-campaign'
    const post = await (await fetch(`${webUrl}/api/posts/breakthrough-restore-fairness-campaign`)).json()
    const marker = `Commenter ${Date.now()}`
    for (const [index, payload] of corpus.entries()) {
      const response = await submit(
        'comment',
        { post: post.id, name: `${marker} ${index}`, email: `c${index}@example.org`, body: payload },
        `10.81.0.${index + 1}`,
      )
      expect(response.status).toBe(202)
    }
    await expect
      .poll(async () => (await findStored('comments', { post: post.id })).filter((c) => String(c.name).startsWith(marker)).length, { timeout: 5000 })
      .toBe(corpus.length)

    const page = async () => (await fetch(`${webUrl}${postPath}`, { headers: { accept: 'text/html' } })).text()
    expect(await page()).not.toContain(marker)

    const stored = (await findStored('comments', { post: post.id })).filter((c) => String(c.name).startsWith(marker))
    for (const comment of stored) await moderate('comments', String(comment.id), { status: 'approved' })
    await expect.poll(page, { timeout: 5000 }).toContain(marker)
    expect(await page()).toMatch(new RegExp(`${corpus.length} comments`))

    const browserPage = await browser.newPage()
    let dialogs = 0
    browserPage.on('dialog', async (dialog) => {
      dialogs++
      await dialog.dismiss()
    })
    await browserPage.goto(`${webUrl}${postPath}`)
    await expectInert(browserPage, corpus.slice(0, 3))
    const names = await browserPage.locator('.comment strong').allTextContents()
    const ours = names.filter((name) => name.startsWith(marker))
    expect(ours).toEqual(corpus.map((_, index) => `${marker} ${index}`))
    expect(dialogs).toBe(0)
    await browserPage.close()
  })
})
