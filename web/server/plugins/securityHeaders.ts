import { createHash } from 'node:crypto'

/**
 * Headers every response of the site carries: no sniffing, no framing by other sites, no forms or
 * base URLs pointing elsewhere, no plugins, a referrer that stays on the site, no powerful browser
 * features; HSTS when the site is served over HTTPS. And no banner saying what the server runs.
 *
 * The content security policy lets scripts run from the site itself and, on a page, exactly the
 * inline scripts the framework and the site's own code added around the page (Nuxt's config and
 * import map, the enhancement script, the map's), by their hashes. A script inside the rendered
 * content itself is never among them, so one that got into stored content would not run. Hashes
 * rather than nonces, because pages are cached and served many times: the policy is stored with the
 * page it describes.
 */
const videoHosts = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

/** The origin of a tile URL template: `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`. */
export const tileOrigin = (template: string) => {
  try {
    const url = new URL(template.replace(/\{s\}/g, 'any-subdomain').replace(/\{[^}]*\}/g, '0'))
    return `${url.protocol}//${url.host.replace('any-subdomain', '*')}`
  } catch {
    return ''
  }
}

const mapTileSource = () => {
  const origin = tileOrigin(useRuntimeConfig().public.mapTiles.url)
  return origin ? ` ${origin}` : ''
}

/** Draft previews, which the admin's live preview shows in a frame beside the form. */
const isPreviewPage = (path: string) => /^\/(?:es\/)?preview\//.test(path)

/** The screenings widget as a frame (routes/embed/screenings.ts), for partners' sites. */
const isWidgetFrame = (path: string) => /^\/embed\/screenings(?:\?|$)/.test(path)

/**
 * Who may frame a page: the site itself; for a preview the admin too (utils/preview.ts); any site the
 * widget's frame, which only lists screenings and links to them. No other page is framed elsewhere.
 */
const framersOf = (path: string) => {
  if (isWidgetFrame(path)) return '*'
  return isPreviewPage(path) ? ["'self'", ...adminOrigins()].join(' ') : "'self'"
}

const policy = (scriptHashes: string[] = [], framers = "'self'") =>
  [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((hash) => ` '${hash}'`).join('')}`,
    // Vue's scoped styles and style bindings are inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // The screenings map's tiles come from the configured tile server.
    `img-src 'self' data:${mapTileSource()}`,
    `frame-src ${videoHosts.join(' ')}`,
    `frame-ancestors ${framers}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')

/** Inline scripts a browser would run: not the JSON data blocks (the payload, JSON-LD). */
const inlineScript = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g
const dataType = /\stype="?(?:application\/(?:ld\+)?json)/

/**
 * The document without the rendered app: from Nuxt's `<div id="__nuxt">` to the teleport target that
 * follows it (the last one, so content can never end the app early).
 */
const aroundTheApp = (html: string) => {
  const start = html.indexOf('<div id="__nuxt">')
  const end = html.lastIndexOf('<div id="teleports">')
  return start === -1 || end < start ? html : html.slice(0, start) + html.slice(end)
}

const inlineScriptHashes = (html: string): string[] => {
  const hashes = new Set<string>()
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (dataType.test(attributes!)) continue
    hashes.add(`sha256-${createHash('sha256').update(body!).digest('base64')}`)
  }
  return [...hashes]
}

export default defineNitroPlugin((nitroApp) => {
  const { siteUrl } = useRuntimeConfig().public
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'content-security-policy': policy(),
    'cross-origin-opener-policy': 'same-origin',
    ...(String(siteUrl).startsWith('https://') ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  }
  nitroApp.hooks.hook('request', (event) => {
    setResponseHeaders(event, headers)
    if (isPreviewPage(event.path) || isWidgetFrame(event.path)) {
      // The frame rule of the policy replaces X-Frame-Options, which cannot name another origin.
      removeResponseHeader(event, 'x-frame-options')
      setResponseHeader(event, 'content-security-policy', policy([], framersOf(event.path)))
    }
  })
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    if (typeof response.body !== 'string') return
    response.headers = { ...response.headers, 'content-security-policy': policy(inlineScriptHashes(aroundTheApp(response.body)), framersOf(event.path)) }
  })
  nitroApp.hooks.hook('beforeResponse', (event) => {
    removeResponseHeader(event, 'x-powered-by')
  })
})
