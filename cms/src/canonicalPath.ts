import type { NextFunction, Request, Response } from 'express'

const unreserved = /%(?:4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|3[0-9]|2D|2E|5F|7E)/gi

/**
 * The path as routers resolve it: percent-encoded letters, digits and `-._~` decoded, empty
 * segments dropped, `.` and `..` resolved. Anything else stays encoded (`%2F` is not a slash).
 */
export const canonicalPath = (path: string) => {
  const decoded = path.replace(unreserved, (escape) => String.fromCharCode(Number.parseInt(escape.slice(1), 16)))
  const segments: string[] = []
  for (const segment of decoded.split('/')) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  // A trailing slash is the router's to answer (Next redirects it); only its doubling is ours.
  const trailing = segments.length > 0 && decoded.endsWith('/') ? '/' : ''
  return `/${segments.join('/')}${trailing}`
}

/**
 * Sends a request for a path written another way (`/api/./users/login`, `/api//graphql`,
 * `/api/%75sers/login`) to its canonical form, so the limits and rules matched on paths here see
 * the same route the router will: 308, which keeps the method and body.
 */
export const canonicalPathOnly = (req: Request, res: Response, next: NextFunction) => {
  const [path, query] = splitUrl(req.originalUrl)
  const canonical = canonicalPath(path)
  if (canonical === path) return next()
  res.redirect(308, query === undefined ? canonical : `${canonical}?${query}`)
}

const splitUrl = (url: string): [string, string | undefined] => {
  const at = url.indexOf('?')
  return at === -1 ? [url, undefined] : [url.slice(0, at), url.slice(at + 1)]
}
