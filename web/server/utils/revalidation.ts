import { createHash } from 'node:crypto'

import type { Change } from '@made-in-la/shared/revalidation'
import { screeningsWidget } from '@made-in-la/shared/screeningsWidget'

/**
 * What the CMS says changed (hooks/revalidateSite.ts), and which cached pages and CMS reads show it.
 * A document drops its own pages and the lists that show it; a global, media, categories and press
 * items (which can show anywhere) drop everything, as does a call that names nothing.
 */

type Scope = { reads: (name: string, args: unknown[]) => boolean; pages: (path: string) => boolean }

/**
 * `/es/blog?page=2` → `{ locale: 'es', path: '/blog' }`: the route a cached page belongs to. Feeds and
 * the widget name their language as `?locale=es`.
 */
const routeOf = (url: string) => {
  const [pathname = '/', search = ''] = url.split('?')
  const prefixed = pathname === '/es' || pathname.startsWith('/es/')
  const spanish = prefixed || new URLSearchParams(search).get('locale') === 'es'
  return { locale: spanish ? 'es' : 'en', path: (prefixed ? pathname.slice(3) : pathname) || '/' }
}

/** The language a CMS read was made in, from its arguments: a locale, or variables holding one. */
const readLocale = (args: unknown[]) => {
  const [first] = args
  const locale = first && typeof first === 'object' && 'locale' in first ? first.locale : first
  return typeof locale === 'string' && isSiteLocale(locale) ? locale : undefined
}

const sitemap = ['/sitemap.xml']

const documentScopes: Record<string, (slugs: string[]) => { reads: Record<string, 'all' | 'slug'>; pages: string[] }> = {
  posts: (slugs) => ({
    reads: { post: 'slug', 'post-list': 'all', home: 'all', 'feed-posts': 'all', sitemap: 'all', 'published-post': 'all' },
    pages: ['/', '/blog', '/feed.xml', ...sitemap, ...slugs.map((slug) => `/blog/${slug}`)],
  }),
  screenings: (slugs) => ({
    reads: { screening: 'slug', 'screening-list': 'all', 'screenings-near': 'all', home: 'all', sitemap: 'all' },
    pages: [
      '/',
      '/screenings',
      '/screenings.ics',
      '/screenings.xml',
      screeningsWidget.frame,
      screeningsWidget.data,
      ...sitemap,
      ...slugs.flatMap((slug) => [`/screenings/${slug}`, `/calendar/${slug}.ics`]),
    ],
  }),
  pages: (slugs) => ({ reads: { page: 'slug', sitemap: 'all' }, pages: [...sitemap, ...slugs.map((slug) => `/${slug}`)] }),
  dvds: () => ({ reads: { dvds: 'all' }, pages: ['/buy-the-dvd'] }),
  // Approved comments show under their post (the slugs are the post's); featured pledges on the home page.
  comments: (slugs) => ({ reads: { 'post-comments': 'all' }, pages: slugs.map((slug) => `/blog/${slug}`) }),
  pledges: () => ({ reads: { home: 'all' }, pages: ['/'] }),
}

/** What a change drops; null for everything. */
export const scopeOf = (change: Change): Scope | null => {
  const scope = change.collection ? documentScopes[change.collection] : undefined
  if (!scope || change.global) return null
  const slugs = change.slugs ?? []
  const { reads, pages } = scope(slugs)
  // An English edit shows in Spanish too, wherever a Spanish field falls back to it.
  const inLocale = (locale: string | undefined) => !change.locale || change.locale === 'en' || change.locale === 'all' || !locale || locale === change.locale
  return {
    reads: (name, args) => {
      const rule = reads[name]
      if (!rule || !inLocale(readLocale(args))) return false
      return rule === 'all' || slugs.includes(String(args[1]))
    },
    pages: (url) => {
      const { locale, path } = routeOf(url)
      return inLocale(locale) && pages.includes(path)
    },
  }
}

/** `cms:post:["en","a-slug"].json` → the read's name and arguments (null when it is not a read). */
export const parseReadKey = (key: string): { name: string; args: unknown[] } | null => {
  const match = /^cms:([^:]+):(.*)\.json$/.exec(key)
  if (!match) return null
  try {
    const args = JSON.parse(match[2]!)
    return { name: match[1]!, args: Array.isArray(args) ? args : [] }
  } catch {
    return { name: match[1]!, args: [] }
  }
}

const isPage = (key: string) => key.startsWith('nitro:routes:')
const isRead = (key: string) => key.startsWith('cms:')

/** The name of the index entry that records which URL a cached page is (server/utils/pageIndex.ts). */
export const pageIndexKey = (cacheKey: string) => createHash('sha256').update(cacheKey).digest('hex').slice(0, 32)
export type PageIndexEntry = { url: string; key: string }

/**
 * Drops the cached pages and CMS reads a change shows on, and returns how many. Pages are found by
 * URL through the page index; a cached page missing from the index is dropped too, to be safe.
 */
export const dropCached = async (change: Change): Promise<number> => {
  const cache = useStorage('cache')
  const index = useStorage<PageIndexEntry>('pages')
  const scope = scopeOf(change)
  const keys = await cache.getKeys()
  if (!scope) {
    const dropped = keys.filter((key) => key.startsWith('nitro:') || isRead(key))
    await Promise.all(dropped.map((key) => cache.removeItem(key)))
    await index.clear()
    return dropped.length
  }
  const entries = await index.getItems(await index.getKeys())
  const indexed = new Map(entries.filter((item) => item.value).map((item) => [item.key, item.value as PageIndexEntry]))
  const dropped = keys.filter((key) => {
    if (isPage(key)) {
      const entry = indexed.get(pageIndexKey(key))
      return !entry || scope.pages(entry.url)
    }
    const read = isRead(key) ? parseReadKey(key) : null
    return read !== null && scope.reads(read.name, read.args)
  })
  await Promise.all(dropped.map((key) => cache.removeItem(key)))
  // Entries of dropped pages, and of pages the cache's bound has since removed.
  const kept = new Set(keys.filter((key) => isPage(key) && !dropped.includes(key)).map(pageIndexKey))
  await Promise.all([...indexed.keys()].filter((name) => !kept.has(name)).map((name) => index.removeItem(name)))
  return dropped.length
}
