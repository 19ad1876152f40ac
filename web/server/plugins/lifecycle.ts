import type { Server } from 'node:http'
import type { Socket } from 'node:net'

import { drainOnSignals, logWhenDone, requestIdFor } from '@made-in-la/shared/serverLifecycle'

/**
 * Request ids, one log line per request, and the drain the CMS does too (shared/serverLifecycle.ts):
 * on SIGTERM, readiness fails at once while the site keeps accepting for NUXT_SHUTDOWN_DELAY_MS, then
 * it stops accepting, finishes what is in flight and exits.
 */
export default defineNitroPlugin((nitroApp) => {
  routeConsoleToLog()
  // The server is Nitro's; requests carry it, and only requests need waiting for.
  let server: Server | undefined

  nitroApp.hooks.hook('request', (event) => {
    server ??= (event.node.req.socket as Socket & { server?: Server }).server
    const requestId = requestIdFor(getRequestHeader(event, 'x-request-id'))
    event.context.requestId = requestId
    setResponseHeader(event, 'x-request-id', requestId)
    if (lifecycle.draining) setResponseHeader(event, 'connection', 'close')
    logWhenDone(event.node.res, { requestId, method: event.method, path: event.path }, (line) => logger.info(line, 'request'))
  })

  nitroApp.hooks.hook('error', (error, { event }) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500
    if (status >= 500) logger.error({ requestId: event?.context.requestId, path: event?.path, err: error }, 'request failed')
  })

  if (import.meta.dev) return
  // Nitro's own handler closes idle keep-alive connections at the signal; this one drains first.
  disableNitroShutdown()
  drainOnSignals({
    state: lifecycle,
    server: () => server,
    delayMs: siteEnv.NUXT_SHUTDOWN_DELAY_MS,
    timeoutMs: siteEnv.NUXT_SHUTDOWN_TIMEOUT_MS,
    log: (message) => logger.info(message),
    close: async () => {
      await nitroApp.hooks.callHook('close')
      logger.info('site stopped')
    },
  })
})
