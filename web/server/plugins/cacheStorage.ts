import redisDriver from 'unstorage/drivers/redis'

/**
 * With REDIS_URL set, the page and CMS caches (with the index of cached pages), the submission outbox
 * and no-JavaScript form state live in Redis, shared by every copy of the site; without it they stay
 * in the filesystem stores set in nuxt.config.ts. Either way the cache is bounded
 * (NUXT_CACHE_MAX_ENTRIES, least recently used first), and each page it keeps is indexed by URL.
 */
export default defineNitroPlugin(() => {
  const storage = useStorage()
  const { REDIS_URL: url, REDIS_CACHE_PREFIX: prefix } = siteEnv
  if (url) {
    for (const base of ['cache', 'pages', 'outbox', 'forms']) {
      storage.unmount(base, false)
      storage.mount(base, redisDriver({ url, base: `${prefix}:${base}` }))
    }
  }
  const cache = storage.getMount('cache:').driver
  const index = storage.getMount('pages:').driver
  storage.unmount('cache', false)
  storage.unmount('pages', false)
  storage.mount('pages', boundedDriver(index, siteEnv.NUXT_CACHE_MAX_ENTRIES))
  storage.mount('cache', boundedDriver(indexingPages(cache, useStorage('pages')), siteEnv.NUXT_CACHE_MAX_ENTRIES))
})
