/**
 * What both servers (cms/server.ts, web/server/plugins/lifecycle.ts) do around every request and at
 * shutdown: a request id, one JSON log line per request, and a graceful drain on SIGTERM. Node only.
 */
import { randomUUID } from 'node:crypto'
import type { Server, ServerResponse } from 'node:http'

/** The request id from the proxy in front (X-Request-Id, at most 128 characters), or a new one. */
export const requestIdFor = (header: string | string[] | undefined) => (typeof header === 'string' && header.slice(0, 128)) || randomUUID()

export type RequestLine = { requestId: string; method: string; path: string; status: number; ms: number; aborted?: true }

/**
 * Calls `log` once the response is over: finished, failed, or given up by the visitor (`aborted`).
 * On the socket's response, so error pages and streams are logged too.
 */
export const logWhenDone = (response: ServerResponse, request: Pick<RequestLine, 'requestId' | 'method' | 'path'>, log: (line: RequestLine) => void) => {
  const started = performance.now()
  response.once('close', () => {
    const line: RequestLine = { ...request, status: response.statusCode, ms: Math.round(performance.now() - started) }
    log(response.writableFinished ? line : { ...line, aborted: true })
  })
}

type Drain = {
  /** Set to draining at the signal: readiness checks and responses read it. */
  state: { draining: boolean }
  /** The server to close (the site's is known only once a request came in). */
  server: () => Server | undefined
  delayMs: number
  timeoutMs: number
  log: (message: string) => void
  /** Runs once the server has closed, before the process exits 0. */
  close: () => Promise<void>
}

/**
 * On SIGTERM or SIGINT: `draining` at once (readiness then fails and responses say `Connection:
 * close`), still accepting for `delayMs` so a proxy that has not noticed yet is served rather than
 * reset; then no new connections, idle ones closed as they become idle, and an exit once the last
 * request is done, or with 1 after `timeoutMs`.
 */
export const drainOnSignals = ({ state, server, delayMs, timeoutMs, log, close }: Drain) => {
  const finish = async () => {
    await close()
    process.exit(0)
  }
  const shutdown = (signal: string) => {
    if (state.draining) return
    state.draining = true
    log(`${signal} received: draining, then finishing in-flight requests`)
    setTimeout(() => {
      log('in-flight requests did not finish in time: exiting anyway')
      process.exit(1)
    }, timeoutMs).unref()
    setTimeout(() => {
      const listening = server()
      if (!listening) return void finish()
      listening.close(() => void finish())
      listening.closeIdleConnections()
      setInterval(() => listening.closeIdleConnections(), 100).unref()
    }, delayMs)
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}
