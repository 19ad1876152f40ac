import type { Driver } from 'unstorage'

/**
 * Bounds a storage driver to `maxEntries` keys: past that, the least recently written or read is
 * removed. The order is this process's own (seeded with what the store already holds), so with
 * several site copies sharing one Redis each keeps its share bounded.
 *
 * What was read in the last `holdMs` is answered from memory (at most `holdEntries` of them): a page
 * that a spike asks for hundreds of times a second is read from disk or Redis once a second, not on
 * every hit. This copy's own writes and removals are seen at once; another copy's within `holdMs`.
 */
export const boundedDriver = (driver: Driver, maxEntries: number, { holdMs = 1000, holdEntries = 200 } = {}): Driver => {
  const recent = new Map<string, true>()
  const held = new Map<string, { at: number; value: unknown }>()
  const hold = (key: string, value: unknown) => {
    held.delete(key)
    held.set(key, { at: Date.now(), value })
    if (held.size > holdEntries) held.delete(held.keys().next().value as string)
  }
  let loaded: Promise<void> | undefined
  const load = () =>
    (loaded ??= Promise.resolve(driver.getKeys('', {})).then((keys) => {
      for (const key of keys) recent.set(key, true)
    }))
  const touch = (key: string) => {
    recent.delete(key)
    recent.set(key, true)
  }
  const evict = async () => {
    while (recent.size > maxEntries) {
      const oldest = recent.keys().next().value as string
      recent.delete(oldest)
      held.delete(oldest)
      await driver.removeItem?.(oldest, {})
    }
  }
  return {
    ...driver,
    name: `bounded:${driver.name ?? 'driver'}`,
    async getItem(key, options) {
      const kept = held.get(key)
      if (kept && Date.now() - kept.at < holdMs) return kept.value
      const value = await driver.getItem(key, options)
      if (value !== null && value !== undefined) {
        if (recent.has(key)) touch(key)
        hold(key, value)
      }
      return value
    },
    async setItem(key, value, options) {
      held.delete(key)
      await load()
      await driver.setItem?.(key, value, options)
      touch(key)
      await evict()
    },
    async removeItem(key, options) {
      held.delete(key)
      recent.delete(key)
      await driver.removeItem?.(key, options)
    },
    async clear(base, options) {
      for (const keys of [recent, held]) for (const key of keys.keys()) if (!base || key.startsWith(base)) keys.delete(key)
      await driver.clear?.(base, options)
    },
  }
}
