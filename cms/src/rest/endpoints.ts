import type { SanitizedConfig } from 'payload'

/**
 * Payload registers every REST endpoint on every collection and global, whether or not it applies:
 * restoring a version of a collection that keeps none, or verifying an email where nobody verifies,
 * reached a table that does not exist (a 500). Those endpoints are taken out, so such a request is a
 * 404 like any other unknown route.
 */
export const dropUnusedEndpoints = (config: SanitizedConfig): SanitizedConfig => {
  const isVersions = (path: string) => path === '/versions' || path.startsWith('/versions/')
  for (const collection of config.collections) {
    if (!collection.endpoints) continue
    collection.endpoints = collection.endpoints.filter(
      ({ path }) => !(isVersions(path) && !collection.versions) && !(path === '/verify/:id' && !(collection.auth && collection.auth.verify)),
    )
  }
  for (const global of config.globals) {
    if (global.endpoints && !global.versions) global.endpoints = global.endpoints.filter(({ path }) => !isVersions(path))
  }
  return config
}
