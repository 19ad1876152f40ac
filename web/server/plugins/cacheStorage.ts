import redisDriver from 'unstorage/drivers/redis'

/**
 * With REDIS_URL set, the page and CMS caches, the submission outbox and no-JavaScript form state live
 * in Redis, shared by every copy of the site; without it they stay in the filesystem stores set in
 * nuxt.config.ts. Either way the cache is bounded (`cacheMaxEntries`, least recently used first).
 */
export default defineNitroPlugin(() => {
  const storage = useStorage()
  const url = process.env.REDIS_URL
  if (url) {
    const prefix = process.env.REDIS_CACHE_PREFIX ?? 'made-in-la'
    for (const base of ['cache', 'outbox', 'forms']) {
      storage.unmount(base, false)
      storage.mount(base, redisDriver({ url, base: `${prefix}:${base}` }))
    }
  }
  const cache = storage.getMount('cache:').driver
  storage.unmount('cache', false)
  storage.mount('cache', boundedDriver(cache, Number(useRuntimeConfig().cacheMaxEntries)))
})
