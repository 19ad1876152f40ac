import type { NuxtError } from '#app'

/** A page whose data could not be loaded shows the error page with the right status, not an empty page. */
export const throwIfFailed = (error: Ref<NuxtError | null | undefined>, notFound = false) => {
  if (!error.value) return
  const statusCode = notFound && error.value.statusCode === 404 ? 404 : (error.value.statusCode ?? 502)
  // Fatal in the browser, so a client-side navigation shows the error page too; on the server the
  // error page is rendered anyway, and a non-fatal error keeps Nitro from printing every 404's stack
  // (5xx are logged as JSON by the lifecycle plugin).
  throw createError({ statusCode, statusMessage: error.value.statusMessage, fatal: import.meta.client })
}
