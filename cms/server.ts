import path from 'node:path'
import { fileURLToPath } from 'node:url'

import compression from 'compression'
import express, { type NextFunction, type Request, type Response } from 'express'
import helmet from 'helmet'
import next from 'next'
import { drainOnSignals, logWhenDone, requestIdFor } from '@made-in-la/shared/serverLifecycle'
import { getPayload } from 'payload'

import config from './src/payload.config'
import { env } from './src/env'
import { pingDatabase } from './src/database'
import { ensureSiteAccount, seedIfEmpty } from './src/seed'
import { checkSiteKeyHolder, isSiteKey } from './src/siteAccount'
import { limitRequests, rateLimits } from './src/rateLimits'
import { limitMessage } from './src/limitMessage'
import { canonicalPathOnly } from './src/canonicalPath'
import { flushUsage } from './src/collections/Partners/keys'
import { openReads } from './src/rest/openReads'
import { graphqlLimits } from './src/graphql/limits'
import { publishedSchemaPath, servePublishedSchema } from './src/graphql/publishedSchema'
import { persistedQueriesPath, servePersistedQueries } from './src/graphql/persisted'

const dir = path.dirname(fileURLToPath(import.meta.url))
const dev = !env.production
const { PORT: port, HOST: hostname } = env

const submissionCollections = ['host-requests', 'pledges', 'comments', 'subscribers', 'contact-messages']
const signInForms = ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register'].map((form) => `/api/users/${form}`)
const megabyte = 1024 * 1024

/** Refuses oversized bodies from their declared length, before Next reads a byte of them. */
const limitBodySize = (req: Request, res: Response, nextMiddleware: NextFunction) => {
  if (!['POST', 'PUT', 'PATCH'].includes(req.method)) return nextMiddleware()
  const maxBytes = req.path.startsWith('/api/media') ? 25 * megabyte : megabyte
  const declared = req.headers['content-length']
  if (declared === undefined && req.headers['transfer-encoding']) {
    res.status(411).json({ errors: [{ message: 'A Content-Length header is required.' }] })
    return
  }
  if (Number(declared ?? 0) > maxBytes) {
    const message = limitMessage({ production: 'Request body too large.', withNumbers: `Request body too large: the limit is ${maxBytes} bytes.` })
    res.status(413).json({ errors: [{ message }] })
    return
  }
  nextMiddleware()
}

const main = async () => {
  if (!dev && !env.PAYLOAD_SECRET) {
    throw new Error('PAYLOAD_SECRET must be set in production (see .env.example).')
  }
  const payload = await getPayload({ config })
  if (env.SEED_ON_START) await seedIfEmpty(payload)
  await checkSiteKeyHolder(payload)
  await ensureSiteAccount(payload)

  const nextApp = next({ dev, dir, hostname, port })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const lifecycle = { draining: false }
  const app = express()
  app.disable('x-powered-by')
  app.use((req, res, next) => {
    if (lifecycle.draining) res.setHeader('connection', 'close')
    // A request id from the proxy in front, or a new one: in the response and in the log line.
    const requestId = requestIdFor(req.get('x-request-id'))
    res.setHeader('x-request-id', requestId)
    // The path as routed (after canonicalPathOnly), read when the response is over; not Next's assets.
    const request = {
      requestId,
      method: req.method,
      get path() {
        return req.path
      },
    }
    if (!req.path.startsWith('/_next/')) logWhenDone(res, request, (line) => payload.logger.info(line, 'request'))
    next()
  })
  app.set('trust proxy', env.TRUST_PROXY_HOPS)
  app.use((req, _res, next) => {
    // The client's address as Express resolved it, for the limits kept inside the route handlers.
    req.headers['x-client-address'] = req.ip ?? 'unknown'
    next()
  })
  app.use(canonicalPathOnly)

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    if (lifecycle.draining) {
      res.status(503).json({ status: 'draining' })
      return
    }
    try {
      await pingDatabase(payload)
      res.json({ status: 'ready', database: 'ok' })
    } catch (error) {
      payload.logger.error({ err: error }, 'readiness check failed')
      res.status(503).json({ status: 'unavailable', database: 'unreachable' })
    }
  })

  app.use(
    helmet({
      // The admin UI (Next + Payload) uses inline scripts and styles; Next sets its own CSP needs.
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  )
  app.use(compression())
  app.use(limitBodySize)
  app.use(openReads)
  app.all(publishedSchemaPath, servePublishedSchema)
  app.get(persistedQueriesPath, servePersistedQueries)

  // GraphQL is limited by cost in its route (graphql/publicEndpoint.ts), which counts sign-ins there too.
  // Every form that tries a password or a reset token, or sends a reset email, is a sign-in attempt
  // there and here: one limit per address for all of them.
  app.post(signInForms, limitRequests(rateLimits.login, 'sign-in and password-reset attempts'))
  app.post(
    submissionCollections.map((slug) => `/api/${slug}`),
    // The site delivers every visitor's submission from its own address, after limiting each visitor
    // itself: its service account is not counted against that one address.
    limitRequests(rateLimits.submissions, 'submissions', (req) => isSiteKey(req.get('authorization'))),
  )

  // A POST to a page is one of the admin's server actions, which name themselves in Next-Action;
  // any other has nothing to post to (and a malformed body there was a 500 from Next's decoder).
  app.use((req, res, next) => {
    if (req.method !== 'POST' || req.path.startsWith('/api/') || req.get('next-action')) return next()
    res
      .status(405)
      .set('allow', 'GET, HEAD')
      .json({ errors: [{ message: 'Pages are read with GET; the API is under /api.' }] })
  })

  // Next's own pages for errors are its to render, not addresses to visit (asked for, they are a 500).
  app.all(['/_global-error', '/_not-found'], (_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found.' }] })
  })

  // No body parser: Next and Payload read the request bodies themselves.
  app.all('/{*splat}', (req, res) => handle(req, res))

  // Errors Express itself raises (a path whose escapes do not decode is a 400) go to the bounded log
  // like every other, instead of a stack trace on stderr per request.
  app.use((error: { status?: number; statusCode?: number; message?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = Number(error.status ?? error.statusCode ?? 500)
    if (status >= 500) payload.logger.error({ err: error }, 'request failed')
    res.status(status).json({ errors: [{ message: status < 500 ? 'Bad request: the path or its parameters could not be read.' : 'Something went wrong.' }] })
  })

  // Express's own route table, in the log at start (the fuzz test reads it; so can an operator).
  const routes = (app.router as unknown as { stack: { route?: { path: string | string[]; methods: Record<string, boolean> } }[] }).stack.flatMap(({ route }) =>
    route ? [route.path].flat().map((path) => ({ path, methods: Object.keys(route.methods) })) : [],
  )
  payload.logger.info({ routes }, 'express routes')

  // Partners' use of the API, counted in memory per request, written to API usage every few seconds.
  const usage = setInterval(() => flushUsage(payload).catch((error) => payload.logger.error({ err: error }, 'could not write API usage')), 5_000)
  usage.unref()

  const server = app.listen(port, hostname, () => {
    payload.logger.info(`CMS listening on http://localhost:${port} (${dev ? 'development' : 'production'}); GraphQL limits ${JSON.stringify(graphqlLimits)}`)
  })

  drainOnSignals({
    state: lifecycle,
    server: () => server,
    delayMs: env.SHUTDOWN_DELAY_MS,
    timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    log: (message) => payload.logger.info(message),
    close: async () => {
      await payload.destroy()
      payload.logger.info('CMS stopped')
    },
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
