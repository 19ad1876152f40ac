import { format } from 'node:util'

import pino from 'pino'
import pretty from 'pino-pretty'

/**
 * The site's log: JSON lines in production, like the CMS's (Payload's pino), so one collector reads
 * both; readable lines with LOG_FORMAT=pretty and in development. LOG_LEVEL as for the CMS.
 */
const readable = siteEnv.LOG_FORMAT === 'pretty' || (import.meta.dev && siteEnv.LOG_FORMAT !== 'json')

export const logger = pino({ name: 'site', level: siteEnv.LOG_LEVEL }, readable ? pretty({ sync: true, singleLine: true, ignore: 'pid,hostname' }) : undefined)

/**
 * In JSON mode, what Nitro, Nuxt and Vue print with `console` (the "Listening on" line, warnings,
 * render errors) becomes log lines too, so a collector never meets a line that is not JSON.
 * pino writes to stdout itself, never through `console`.
 */
export const routeConsoleToLog = () => {
  if (readable) return
  console.log = (...args: unknown[]) => logger.info(format(...args))
  console.info = console.log
  console.warn = (...args: unknown[]) => logger.warn(format(...args))
  console.error = (...args: unknown[]) => logger.error(format(...args))
}
