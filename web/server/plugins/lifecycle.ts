import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import type { Socket } from 'node:net'

/**
 * Request ids and one log line per request; and the shutdown the CMS also does: on SIGTERM, readiness
 * fails at once while the site keeps accepting for `shutdownDelayMs` (a proxy still sending during
 * that time is served, not refused), then it stops accepting, finishes what is in flight and exits.
 */
export default defineNitroPlugin((nitroApp) => {
  routeConsoleToLog()
  const { shutdownDelayMs, shutdownTimeoutMs } = useRuntimeConfig()
  // The server is Nitro's; requests carry it, and only requests need waiting for.
  let server: Server | undefined

  nitroApp.hooks.hook('request', (event) => {
    server ??= (event.node.req.socket as Socket & { server?: Server }).server
    const requestId = getRequestHeader(event, 'x-request-id')?.slice(0, 128) || randomUUID()
    event.context.requestId = requestId
    setResponseHeader(event, 'x-request-id', requestId)
    if (lifecycle.draining) setResponseHeader(event, 'connection', 'close')
    // On the socket's response rather than a Nitro hook: error pages, streams and requests the
    // visitor gave up on end here too.
    const startedAt = performance.now()
    const response = event.node.res
    response.once('close', () => {
      const ms = Math.round(performance.now() - startedAt)
      const line = { requestId, method: event.method, path: event.path, status: response.statusCode, ms }
      logger.info(response.writableFinished ? line : { ...line, aborted: true }, 'request')
    })
  })

  nitroApp.hooks.hook('error', (error, { event }) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500
    if (status >= 500) logger.error({ requestId: event?.context.requestId, path: event?.path, err: error }, 'request failed')
  })

  if (import.meta.dev) return
  // Nitro's own handler closes idle keep-alive connections at the signal; this one drains first.
  process.env.NITRO_SHUTDOWN_DISABLED = 'true'
  const shutdown = (signal: string) => {
    if (lifecycle.draining) return
    lifecycle.draining = true
    logger.info(`${signal} received: draining, then finishing in-flight requests`)
    const force = setTimeout(() => {
      logger.warn('in-flight requests did not finish in time: exiting anyway')
      process.exit(1)
    }, Number(shutdownTimeoutMs))
    force.unref()
    const finish = async () => {
      await nitroApp.hooks.callHook('close')
      logger.info('site stopped')
      process.exit(0)
    }
    setTimeout(() => {
      if (!server) return void finish()
      server.close(() => void finish())
      // Connections that finish a response after this are idle too: close them as they become so.
      const idle = setInterval(() => server?.closeIdleConnections(), 100)
      idle.unref()
      server.closeIdleConnections()
    }, Number(shutdownDelayMs))
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
})
