/**
 * The buttons behind the links in a subscriber's (or a screening alert's) email: confirm the address, or unsubscribe. With
 * JavaScript, JSON in and out; without, a form post and a 303 back to the page with the outcome.
 */
export default defineEventHandler(async (event) => {
  const action = getRouterParam(event, 'action')
  if (action !== 'confirm' && action !== 'unsubscribe') throw createError({ statusCode: 404, statusMessage: 'Unknown action' })
  const wantsJson = (getHeader(event, 'content-type') ?? '').includes('application/json')
  const body = await readSmallBody(event, 4 * 1024)
  const token = typeof body.token === 'string' && body.token.length <= 2048 ? body.token : ''
  // The updates list, or screening alerts (`list=alerts`): the same flow, each its own CMS collection.
  const alerts = body.list === 'alerts'

  let status: string | null = null
  if (token) {
    // The CMS's endpoint for the action (cms/src/collections/Subscribers/endpoints.ts): a 404 for a bad link.
    const response = await cmsPost(`/api/${alerts ? 'screening-alerts' : 'subscribers'}/${action}`, { token }).catch(() => null)
    if (!response || response.status >= 500) throw createError({ statusCode: 503, statusMessage: 'The CMS is unavailable: try the link again in a minute.' })
    status = response.ok ? (((await response.json()) as { status?: string }).status ?? null) : null
  }
  // A confirmation link used after unsubscribing leaves the address unsubscribed, and says so.
  const outcome = status === 'confirmed' || status === 'unsubscribed' ? status : 'invalid'
  if (wantsJson) {
    setResponseStatus(event, outcome === 'invalid' ? 400 : 200)
    return { outcome }
  }
  const prefix = body.locale === 'es' ? '/es' : ''
  return sendRedirect(event, `${prefix}/subscription/${action}?outcome=${outcome}${alerts ? '&list=alerts' : ''}`, 303)
})
