import redisDriver from 'unstorage/drivers/redis'

/**
 * With REDIS_URL set, the page and CMS caches, the submission outbox and no-JavaScript form state live
 * in Redis, shared by every copy of the site; without it they stay in the filesystem stores set in
 * nuxt.config.ts.
 */
export default defineNitroPlugin(() => {
  const url = process.env.REDIS_URL
  if (!url) return
  const storage = useStorage()
  const prefix = process.env.REDIS_CACHE_PREFIX ?? 'made-in-la'
  for (const base of ['cache', 'outbox', 'forms']) {
    storage.unmount(base, false)
    storage.mount(base, redisDriver({ url, base: `${prefix}:${base}` }))
  }
})
