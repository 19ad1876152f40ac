import type { NextFunction, Request, Response } from 'express'

/** What a partner's page may read of an answer besides the body: the limits, and what a cache revalidates with. */
const exposed = 'RateLimit, RateLimit-Policy, Retry-After, ETag, Last-Modified, API-Version'

/**
 * CORS for the public read API (issue 16): any site's page may read published content, over GraphQL
 * and with REST GET, never with credentials (no `Access-Control-Allow-Credentials`, so a browser
 * never lets a page read an answer its cookies were sent with). Writes stay closed: a preflight for
 * anything but GraphQL or a REST read gets no CORS headers, and GraphQL refuses a mutation sent by a
 * page of another origin (graphql/publicEndpoint.ts). The admin's pages get none either. The one
 * place these headers are set, for the published schema and the persisted-query list too.
 */
export const openReads = (req: Request, res: Response, next: NextFunction) => {
  const graphql = req.path === '/api/graphql'
  const restRead = req.path.startsWith('/api/') && (req.method === 'GET' || req.method === 'HEAD')
  if (req.method === 'OPTIONS' && graphql) {
    res
      .status(204)
      .set({
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'Content-Type, X-Partner-Key, If-None-Match',
        'access-control-max-age': '86400',
      })
      .end()
    return
  }
  const asked = req.get('access-control-request-method')?.toUpperCase()
  if (req.method === 'OPTIONS' && req.path.startsWith('/api/') && (asked === 'GET' || asked === 'HEAD')) {
    // A page revalidating its copy sends If-None-Match, which browsers ask about first.
    res
      .status(204)
      .set({
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD',
        'access-control-allow-headers': 'If-None-Match, X-Partner-Key',
        'access-control-max-age': '86400',
      })
      .end()
    return
  }
  if (graphql || restRead) res.set({ 'access-control-allow-origin': '*', 'access-control-expose-headers': exposed })
  next()
}
