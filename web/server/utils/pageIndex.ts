import { AsyncLocalStorage } from 'node:async_hooks'

import type { Driver, Storage } from 'unstorage'

/**
 * The page cache keys a page by a hash of its URL, so nothing can tell which URL an entry is. The
 * request's canonical URL is carried through its handling (plugins/servingPath.ts), and each page the
 * cache writes is recorded in the `pages` store under its key: revalidation then drops by URL.
 */
const servingUrl = new AsyncLocalStorage<string>()

export const withServingUrl = <T>(url: string, handle: () => T): T => servingUrl.run(url, handle)

export const indexingPages = (driver: Driver, index: Storage<PageIndexEntry>): Driver => ({
  ...driver,
  async setItem(key, value, options) {
    await driver.setItem?.(key, value, options)
    const url = servingUrl.getStore()
    if (url && key.startsWith('nitro:routes:')) await index.setItem(pageIndexKey(key), { url, key })
  },
})
