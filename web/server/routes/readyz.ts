/** Ready when the CMS answers (the site still serves cached pages when it does not), until shutdown. */
export default defineEventHandler(async (event) => {
  if (lifecycle.draining) {
    setResponseStatus(event, 503)
    return { status: 'draining' }
  }
  const cmsUrl = siteEnv.NUXT_CMS_URL
  try {
    const response = await fetch(`${cmsUrl}/readyz`, { signal: AbortSignal.timeout(2000) })
    if (!response.ok) throw new Error(`CMS readiness ${response.status}`)
    return { status: 'ready', cms: 'ok' }
  } catch {
    setResponseStatus(event, 503)
    return { status: 'degraded', cms: 'unreachable' }
  }
})
