import { defaultLoggerOptions as prettyLines } from 'payload'
import type { DestinationStream, LoggerOptions } from 'pino'

import type { CmsEnv } from './env'

/**
 * Bounded logging: one request cannot write megabytes of log, and one failure repeated by a flood
 * cannot drown the others.
 * - Strings in a log line are cut at 2,000 characters, stacks at 12 frames; request bodies and
 *   error data (which can carry a request's query or where) are never written.
 * - Errors with the same message are written at most `LOG_REPEATS_PER_MINUTE` times a minute
 *   (10); the rest are counted, and the count is written once the minute is over.
 */
const maxString = 2_000
const maxFrames = 12
const omitted = new Set(['body', 'data', 'variables', 'query', 'rawBody'])

// The log formatter sees the line before the serializers do: errors are bounded here as well.
const bound = (value: unknown, depth = 0): unknown => {
  // Cut short enough that the cut string, with its note, is within bounds when bounded again.
  if (typeof value === 'string') return value.length > maxString ? `${value.slice(0, maxString - 40)}… (${value.length} characters)` : value
  if (value instanceof Error) return serializeError(value)
  if (Array.isArray(value)) return depth > 3 ? `[${value.length} items]` : value.slice(0, 20).map((item) => bound(item, depth + 1))
  if (value && typeof value === 'object') {
    if (depth > 3) return '[object]'
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !omitted.has(key))
        .map(([key, item]) => [key, bound(item, depth + 1)]),
    )
  }
  return value
}

function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return bound(error)
  const { status, code } = error as Error & { status?: unknown; code?: unknown }
  return {
    type: error.name,
    message: bound(error.message),
    ...(status === undefined ? {} : { status }),
    ...(code === undefined ? {} : { code }),
    stack: error.stack
      ?.split('\n')
      .slice(0, maxFrames + 1)
      .join('\n'),
  }
}

const errorLevel = 50

export const boundedLoggerOptions = (repeatsPerMinute: number): LoggerOptions => {
  let windowStart = Date.now()
  let written = new Map<string, number>()
  let suppressed = new Map<string, number>()
  return {
    serializers: { err: serializeError, error: serializeError },
    formatters: { log: (object) => bound(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method, level) {
        if (level < errorLevel) return method.apply(this, args)
        const now = Date.now()
        if (now - windowStart >= 60_000) {
          const counts = [...suppressed.entries()]
          windowStart = now
          written = new Map()
          suppressed = new Map()
          for (const [message, count] of counts) method.apply(this, [{ suppressed: count }, `${count} more errors like this in the last minute: ${message}`])
        }
        const [first, second] = args as unknown[]
        const error = first instanceof Error ? first : (first as { err?: unknown } | undefined)?.err
        const message = String(error instanceof Error ? error.message : typeof first === 'string' ? first : (second ?? '')).slice(0, 200)
        const count = (written.get(message) ?? 0) + 1
        written.set(message, count)
        if (count <= repeatsPerMinute) return method.apply(this, args)
        suppressed.set(message, (suppressed.get(message) ?? 0) + 1)
      },
    },
  }
}

/**
 * Payload's logger: one JSON object per line in production with LOG_FORMAT=json, for log collectors;
 * Payload's readable lines otherwise (development, and the local demo's `pretty`). Bounded either
 * way: the format decides how a line reads, not what may be written.
 */
export const loggerConfig = ({
  production,
  LOG_FORMAT,
  LOG_LEVEL,
  LOG_REPEATS_PER_MINUTE,
}: Pick<CmsEnv, 'production' | 'LOG_FORMAT' | 'LOG_LEVEL' | 'LOG_REPEATS_PER_MINUTE'>) => {
  const destination: DestinationStream | undefined = production && LOG_FORMAT === 'json' ? undefined : prettyLines
  return { options: { level: LOG_LEVEL, ...boundedLoggerOptions(LOG_REPEATS_PER_MINUTE) }, destination }
}
