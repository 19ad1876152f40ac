import type { Driver } from 'unstorage'

/**
 * Bounds a storage driver to `maxEntries` keys: past that, the least recently written or read is
 * removed. The order is this process's own (seeded with what the store already holds), so with
 * several site copies sharing one Redis each keeps its share bounded.
 */
export const boundedDriver = (driver: Driver, maxEntries: number): Driver => {
  const recent = new Map<string, true>()
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
      await driver.removeItem?.(oldest, {})
    }
  }
  return {
    ...driver,
    name: `bounded:${driver.name ?? 'driver'}`,
    async getItem(key, options) {
      const value = await driver.getItem(key, options)
      if (value !== null && value !== undefined && recent.has(key)) touch(key)
      return value
    },
    async setItem(key, value, options) {
      await load()
      await driver.setItem?.(key, value, options)
      touch(key)
      await evict()
    },
    async removeItem(key, options) {
      recent.delete(key)
      await driver.removeItem?.(key, options)
    },
    async clear(base, options) {
      for (const key of recent.keys()) if (!base || key.startsWith(base)) recent.delete(key)
      await driver.clear?.(base, options)
    },
  }
}
