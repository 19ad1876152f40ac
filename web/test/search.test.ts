/**
 * Site search as a visitor without JavaScript uses it: the box in the header posts a plain GET to
 * /search, and the results come back server-rendered, with the matching words marked, in the page's
 * language.
 */
import { describe, expect, inject, test } from 'vitest'

import { launchChromium } from '../../cms/test/helpers/browser'

const webUrl = inject('webUrl')

const page = async (path: string) => {
  const response = await fetch(`${webUrl}${path}`)
  return { status: response.status, html: await response.text() }
}

const results = (html: string) =>
  [...html.matchAll(/<li><h2><a href="([^"]+)"[^>]*>([\s\S]*?)<\/a><\/h2>/g)].map(([, href, title]) => ({ href: href!, title: title!.replace(/<[^>]+>/g, '') }))

describe('site search', () => {
  test('finds a seeded post by a word from its body, with the word marked and a result count', async () => {
    const { status, html } = await page('/search?q=lawyer')
    expect(status).toBe(200)
    expect(results(html).map((result) => result.href)).toContain('/blog/breakthrough-restore-fairness-campaign')
    expect(html).toMatch(/<mark>lawyer<\/mark>/i)
    expect(html).toMatch(/role="status">(One result|\d+ results) for “lawyer”/)
    expect(html).toContain('<meta name="robots" content="noindex, follow"')
  })

  test('in Spanish, a word of the Spanish body finds the post at its Spanish address', async () => {
    const { html } = await page('/es/search?q=audiencia')
    expect(results(html).map((result) => result.href)).toContain('/es/blog/breakthrough-restore-fairness-campaign')
    expect(html).toMatch(/(Un resultado|\d+ resultados) para «audiencia»/)
  })

  test('a search that finds nothing says so; an empty one shows the form alone', async () => {
    expect((await page('/search?q=zzyzxquux')).html).toContain('No results for “zzyzxquux”.')
    const empty = await page('/search')
    expect(empty.status).toBe(200)
    expect(results(empty.html)).toEqual([])
  })

  test('the header search box works with JavaScript off', async () => {
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
      const tab = await context.newPage()
      await tab.goto(`${webUrl}/about-the-film`)
      await tab.getByRole('searchbox', { name: 'Search the site' }).fill('lawyer')
      await tab.getByRole('button', { name: 'Search', exact: true }).first().click()
      await tab.waitForURL(/\/search\?q=lawyer/)
      expect(await tab.locator('.search-results a').first().getAttribute('href')).toMatch(/^\/blog\//)
    } finally {
      await browser.close()
    }
  })
})
