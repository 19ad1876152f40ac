/**
 * Headers every response of the site carries: no sniffing, no framing by other sites, no forms or
 * base URLs pointing elsewhere, no plugins, a referrer that stays on the site, no powerful browser
 * features; HSTS when the site is served over HTTPS. And no banner saying what the server runs.
 */
export default defineNitroPlugin((nitroApp) => {
  const { siteUrl } = useRuntimeConfig().public
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'content-security-policy': "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'",
    'cross-origin-opener-policy': 'same-origin',
    ...(String(siteUrl).startsWith('https://') ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  }
  nitroApp.hooks.hook('request', (event) => {
    setResponseHeaders(event, headers)
  })
  nitroApp.hooks.hook('beforeResponse', (event) => {
    removeResponseHeader(event, 'x-powered-by')
  })
})
