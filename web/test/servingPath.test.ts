/**
 * The serving path under a spike or a crawl (issue 11): the site's CMS reads are its own budget,
 * visitors cannot multiply CMS reads or cache entries, and every text response is compressed.
 * Runs its own CMS and site, so it can spend the CMS's public budget and count the CMS's requests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { PageBySlugDocument } from '@made-in-la/shared/graphql'
import { print } from 'graphql'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { testCredentials } from '../../cms/test/setup/cmsServer'
import { sitePages, spanishPages } from './helpers/pages'
import { revalidateSecret, type Stack, startStack, startWeb, stopProcess, stopStack } from './setup/stack'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})

afterAll(async () => {
  await stopStack(stack)
})

const page = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.webUrl}${pathname}`, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' })

/** GraphQL requests the CMS has logged so far (one JSON line per request). */
const cmsReads = async () => {
  await new Promise((resolve) => setTimeout(resolve, 300))
  return readFileSync(path.join(stack.dir, 'cms', 'cms.log'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('"path":"/api/graphql"')).length
}

const revalidate = () => fetch(`${stack.webUrl}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${revalidateSecret}` } })

const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

const random = () => Math.random().toString(36).slice(2, 10)

/** Files under the site's cache (a folder per build): `nitro` holds rendered pages, `cms` the CMS reads. */
const cacheFiles = (webDir: string, part: 'nitro' | '' = '') => {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else files.push(full)
    }
  }
  try {
    walk(path.join(webDir, '.data', 'cache'))
  } catch {
    // nothing cached yet
  }
  return files.filter((file) => !part || file.split(path.sep).includes(part))
}
const cachedPages = () => cacheFiles(path.join(stack.dir, 'web'), 'nitro')

describe('non-canonical URLs', () => {
  test.each([
    ['/blog/', '/blog'],
    ['/es/', '/es'],
    ['/screenings/', '/screenings'],
    ['//blog', '/blog'],
    ['/blog/?page=2', '/blog?page=2'],
  ])('%s is a 301 to %s', async (from, to) => {
    const response = await page(from)
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(to)
  })

  test.each(['/blog?month=2026-13', '/blog?page=abc', '/blog?page=0', '/screenings?scope=later', '/contact?sent=nonsense'])(
    '%s (a malformed value) is a 404',
    async (url) => {
      expect((await page(url)).status).toBe(404)
    },
  )
})

describe('visitors cannot multiply CMS reads or cache entries', () => {
  test('500 unknown filter values and 200 unknown slugs answer 404 without one CMS read', async () => {
    await revalidate()
    // The lists the checks are made against, read once.
    for (const url of [
      '/screenings',
      '/screenings?scope=past',
      '/blog',
      '/es/blog',
      '/es/screenings',
      '/about-the-film',
      '/blog/breakthrough-restore-fairness-campaign',
      '/screenings/demo-los-angeles-community-screening',
    ]) {
      expect((await page(url)).status, url).toBe(200)
    }
    await page('/no-such-page-warm-up')
    const before = await cmsReads()
    const unknownFilters = [
      ...Array.from({ length: 150 }, () => `/screenings?city=${random()}`),
      ...Array.from({ length: 100 }, () => `/es/screenings?region=${random()}&scope=past`),
      ...Array.from({ length: 100 }, () => `/blog?category=${random()}`),
      ...Array.from({ length: 100 }, (_, index) => `/blog?month=${1900 + index}-0${1 + (index % 9)}`),
      ...Array.from({ length: 50 }, (_, index) => `/blog?page=${50 + index}`),
    ]
    const unknownSlugs = [
      ...Array.from({ length: 70 }, () => `/blog/${random()}`),
      ...Array.from({ length: 70 }, () => `/screenings/${random()}`),
      ...Array.from({ length: 40 }, () => `/${random()}`),
      ...Array.from({ length: 20 }, () => `/calendar/${random()}.ics`),
    ]
    const statuses = new Map<string, number>()
    const urls = [...unknownFilters, ...unknownSlugs]
    for (let index = 0; index < urls.length; index += 10) {
      await Promise.all(urls.slice(index, index + 10).map(async (url) => statuses.set(url, (await page(url)).status)))
    }
    expect([...statuses.entries()].filter(([, status]) => status !== 404)).toEqual([])
    expect(await cmsReads()).toBe(before)
  })

  test('utm_*, fbclid and unknown parameters hit the page cache entry the page already has', async () => {
    const first = await page('/blog')
    expect(first.status).toBe(200)
    const entries = cachedPages().length
    for (const query of ['utm_source=x', 'utm_campaign=launch&utm_medium=social', 'fbclid=abc', 'gclid=1', `anything=${random()}`]) {
      const response = await page(`/blog?${query}`)
      expect(response.status, query).toBe(200)
      expect(response.headers.get('etag'), query).toBe(first.headers.get('etag'))
    }
    expect(cachedPages().length).toBe(entries)
  })

  test('parameters in another order, or repeated, share one entry', async () => {
    const one = await page('/screenings?scope=past&city=Chicago')
    const other = await page('/screenings?city=Chicago&scope=past&city=Nowhere&utm_source=x')
    expect(one.status).toBe(200)
    expect(other.headers.get('etag')).toBe(one.headers.get('etag'))
  })

  test('concurrent misses of one page make the CMS reads of one', async () => {
    const url = '/blog/breakthrough-restore-fairness-campaign'
    await revalidate()
    const start = await cmsReads()
    expect((await page(url)).status).toBe(200)
    const alone = (await cmsReads()) - start
    expect(alone).toBeGreaterThan(0)

    await revalidate()
    const before = await cmsReads()
    const responses = await Promise.all(Array.from({ length: 25 }, () => page(url)))
    expect(responses.map((response) => response.status)).toEqual(Array(25).fill(200))
    expect((await cmsReads()) - before).toBe(alone)
  })

  test('the page cache has a bound: a site with room for 25 entries keeps at most 25', async () => {
    const dir = path.join(stack.dir, 'bounded-web')
    const port = stack.webPort + 1
    const web = await startWeb(dir, port, stack.cmsUrl, { NUXT_CACHE_MAX_ENTRIES: '25' })
    try {
      for (const { path: pathname } of [...sitePages, ...spanishPages]) {
        expect((await fetch(`http://127.0.0.1:${port}${pathname}`)).status, pathname).toBe(200)
      }
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(cacheFiles(dir, 'nitro').length).toBeGreaterThan(5)
      expect(cacheFiles(dir).length).toBeLessThanOrEqual(25)
    } finally {
      await stopProcess(web.child)
    }
  })
})

describe('a deploy', () => {
  test('pages cached by the previous build are never served, not even once while rendered again; a restart of the same build keeps them', async () => {
    const dir = path.join(stack.dir, 'deployed-web')
    const port = stack.webPort + 2
    const lastModified = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/about-the-film`)
      expect(response.status).toBe(200)
      return Date.parse(response.headers.get('last-modified') ?? '')
    }
    const run = async (buildId: string, visit: () => Promise<number>) => {
      const web = await startWeb(dir, port, stack.cmsUrl, { NUXT_APP_BUILD_ID: buildId })
      try {
        return await visit()
      } finally {
        await stopProcess(web.child)
      }
    }
    const first = await run('build-one', async () => {
      const rendered = await lastModified()
      expect(await lastModified()).toBe(rendered)
      return rendered
    })
    // Last-Modified counts whole seconds.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await run('build-one', lastModified)).toBe(first)
    const afterDeploy = await run('build-two', lastModified)
    expect(afterDeploy).toBeGreaterThan(first)
    expect(readdirSync(path.join(dir, '.data', 'cache'))).toEqual(['build-two'])
  })
})

describe("the site's reads are the CMS's own traffic", () => {
  test('with the public GraphQL budget of its address spent, every page still answers 200, new ones and new posts included', async () => {
    // The site and this test reach the CMS from the same address (127.0.0.1, no proxy header).
    // The site's heaviest read, as a partner might send it: a page with all its blocks.
    const heavy = JSON.stringify({ query: print(PageBySlugDocument), variables: { locale: 'en', slug: 'about-the-film' } })
    let status = 200
    for (let sent = 0; status === 200 && sent < 100; sent++) {
      status = (await fetch(`${stack.cmsUrl}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: heavy })).status
    }
    expect(status).toBe(429)

    // A post published after the exhaustion (the CMS tells the site, which drops its caches).
    const signIn = await fetch(`${stack.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.88.0.1' },
      body: JSON.stringify(testCredentials.admin),
    })
    const { token } = (await signIn.json()) as { token: string }
    const slug = `spike-${random()}`
    const created = await fetch(`${stack.cmsUrl}/api/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, 'x-forwarded-for': '10.88.0.1' },
      body: JSON.stringify({
        title: 'Published during a spike',
        slug,
        _status: 'published',
        publishedAt: new Date().toISOString(),
        excerpt: 'Still there.',
        content: richText('Still there.'),
      }),
    })
    expect(created.status).toBe(201)
    // Then every cached page and CMS read is dropped: each page below is rendered anew, after the exhaustion.
    expect((await revalidate()).ok).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(cachedPages()).toHaveLength(0)

    const urls = [...sitePages, ...spanishPages].map(({ path: pathname }) => pathname)
    urls.push(
      `/blog/${slug}`,
      `/es/blog/${slug}`,
      '/blog?category=immigration',
      '/screenings?city=Chicago',
      '/feed.xml',
      '/screenings.ics',
      '/sitemap_index.xml',
    )
    for (const url of urls) expect((await page(url)).status, url).toBe(200)
    expect(await (await page(`/blog/${slug}`)).text()).toContain('Published during a spike')
  })
})

describe('compression', () => {
  test('every text response over 1 KB is compressed for clients that accept it: Brotli, else gzip', async () => {
    const home = await (await page('/contact')).text()
    const assets = [...home.matchAll(/(?:src|href)="(\/_nuxt\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!)
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true)
    const urls = [
      '/',
      '/blog',
      '/es/screenings',
      '/blog/breakthrough-restore-fairness-campaign',
      '/feed.xml',
      '/screenings.ics',
      '/__sitemap__/en-US.xml',
      '/api/posts?locale=en',
      '/no-such-page',
      '/robots.txt',
      ...assets.slice(0, 6),
    ]
    for (const url of urls) {
      const plain = await fetch(`${stack.webUrl}${url}`, { headers: { accept: 'text/html', 'accept-encoding': 'identity' } })
      const bytes = (await plain.arrayBuffer()).byteLength
      expect(plain.headers.get('content-encoding'), url).toBeNull()
      if (bytes < 1024) continue
      for (const [accepted, expected] of [
        ['br, gzip', 'br'],
        ['gzip, deflate', 'gzip'],
      ] as const) {
        const response = await fetch(`${stack.webUrl}${url}`, { headers: { accept: 'text/html', 'accept-encoding': accepted } })
        expect(response.headers.get('content-encoding'), `${url} (${accepted})`).toBe(expected)
        expect(response.headers.get('vary') ?? '', url).toMatch(/accept-encoding/i)
      }
    }
  })

  test('cacheable pages carry real numbers for shared caches', async () => {
    const cacheControl = (await page('/blog')).headers.get('cache-control') ?? ''
    expect(cacheControl).toMatch(/s-maxage=\d+/)
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/)
    expect(cacheControl).toMatch(/stale-if-error=\d+/)
  })
})

describe('search engines', () => {
  test('robots.txt names the sitemap; the sitemap lists pages only', async () => {
    const robots = await (await page('/robots.txt')).text()
    expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap_index\.xml$/m)
    expect(robots).toMatch(/^Disallow: \/api\/$/m)
    const sitemap = await (await page('/__sitemap__/en-US.xml')).text()
    expect(sitemap).toContain('/blog/breakthrough-restore-fairness-campaign</loc>')
    expect(sitemap).not.toMatch(/\/(healthz|readyz|robots\.txt)</)
  })

  test('every page has a share image with a text alternative', async () => {
    for (const { path: pathname } of [...sitePages, ...spanishPages]) {
      const html = await (await page(pathname)).text()
      expect(html, pathname).toMatch(/<meta property="og:image" content="http[^"]+"/)
      expect(html, pathname).toMatch(/<meta property="og:image:alt" content="[^"]+"/)
    }
  })
})
