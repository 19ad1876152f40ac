import { env } from '../../env'

/**
 * Absolute addresses for partners, who may not know where the CMS or the site lives: from the
 * configured public URLs (CMS_PUBLIC_URL, SITE_PUBLIC_URL), never from the request's Host, which a
 * client chooses and a shared cache would then repeat to everyone.
 */
export type PublicUrls = {
  /** A path on the public site, in the request's language (Spanish pages live under /es). */
  site: (path: string) => string
  /** A file the site serves in every language (`/calendar/<slug>.ics`), `?locale=es` for Spanish. */
  file: (path: string) => string
  /** A file the CMS serves (`/api/media/file/...`), as Payload answers it, made absolute. */
  media: (url: string) => string
}

export const cmsPublicUrl = () => (env.CMS_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '')

const absolute = (address: string, base: string) => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(address)) return address
  return new URL(address, `${base}/`).toString()
}

export const publicUrls = (locale: string | undefined): PublicUrls => {
  const prefix = locale === 'es' ? '/es' : ''
  return {
    site: (path) =>
      path.startsWith('/') && !path.startsWith('//') ? `${env.sitePublicUrl}${prefix}${path === '/' && prefix ? '' : path}` : absolute(path, env.sitePublicUrl),
    file: (path) => `${env.sitePublicUrl}${path}${prefix ? '?locale=es' : ''}`,
    media: (url) => absolute(url, cmsPublicUrl()),
  }
}
