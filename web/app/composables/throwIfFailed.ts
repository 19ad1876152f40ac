import type { NuxtError } from '#app'

/** A page whose data could not be loaded shows the error page with the right status, not an empty page. */
export const throwIfFailed = (error: Ref<NuxtError | null | undefined>, notFound = false) => {
  if (!error.value) return
  const statusCode = notFound && error.value.statusCode === 404 ? 404 : (error.value.statusCode ?? 502)
  throw createError({ statusCode, statusMessage: error.value.statusMessage, fatal: true })
}
