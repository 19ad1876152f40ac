import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import fsDriver from 'unstorage/drivers/fs'
import redisDriver from 'unstorage/drivers/redis'

/** Entries in Redis of a build no copy runs any more expire on their own (a week). */
const redisTtlSeconds = 7 * 24 * 3600

/** Removes the file caches of other builds, beside this build's folder. */
const dropOtherBuilds = async (base: string, buildId: string) => {
  const names = await readdir(base).catch(() => [])
  await Promise.all(names.filter((name) => name !== buildId).map((name) => rm(path.join(base, name), { recursive: true, force: true })))
}

/**
 * With REDIS_URL set, the page and CMS caches (with the index of cached pages), the submission outbox
 * and no-JavaScript form state live in Redis, shared by every copy of the site; without it they stay
 * in the filesystem stores set in nuxt.config.ts. Either way the cache is bounded
 * (NUXT_CACHE_MAX_ENTRIES, least recently used first), and each page it keeps is indexed by URL.
 *
 * The caches are this build's own: a page rendered by the previous build names `/_nuxt/` files that
 * are gone, and a CMS read cached by it may have another shape. So after a deploy nothing cached
 * before it is served, not even once while it is rendered again (Nitro's stale-while-revalidate
 * would). The caches survive a restart of the same build.
 */
export default defineNitroPlugin(() => {
  const storage = useStorage()
  const { buildId } = useRuntimeConfig().app
  const { REDIS_URL: url, REDIS_CACHE_PREFIX: prefix } = siteEnv
  for (const base of ['outbox', 'forms']) {
    if (!url) continue
    storage.unmount(base, false)
    storage.mount(base, redisDriver({ url, base: `${prefix}:${base}` }))
  }
  const buildDriver = (base: 'cache' | 'pages') => {
    if (url) return redisDriver({ url, base: `${prefix}:${base}:${buildId}`, ttl: redisTtlSeconds })
    const folder = (storage.getMount(`${base}:`).driver.options as { base: string }).base
    dropOtherBuilds(folder, buildId).catch((error) => logger.warn({ err: error, folder }, 'could not remove the caches of other builds'))
    return fsDriver({ base: path.join(folder, buildId) })
  }
  const cache = buildDriver('cache')
  const index = buildDriver('pages')
  storage.unmount('cache', false)
  storage.unmount('pages', false)
  // The index is read on revalidation only: nothing to gain from holding its reads.
  storage.mount('pages', boundedDriver(index, siteEnv.NUXT_CACHE_MAX_ENTRIES, { holdMs: 0 }))
  storage.mount('cache', boundedDriver(indexingPages(cache, useStorage('pages')), siteEnv.NUXT_CACHE_MAX_ENTRIES))
})
