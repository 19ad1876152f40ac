import redisDriver from 'unstorage/drivers/redis'

/**
 * With REDIS_URL set, the page and CMS caches live in Redis, shared by every copy of the site and
 * kept across restarts; without it they stay in the filesystem store set in nuxt.config.ts.
 */
export default defineNitroPlugin(() => {
  const url = process.env.REDIS_URL
  if (!url) return
  const storage = useStorage()
  storage.unmount('cache', false)
  storage.mount('cache', redisDriver({ url, base: process.env.REDIS_CACHE_PREFIX ?? 'made-in-la:cache' }))
})
