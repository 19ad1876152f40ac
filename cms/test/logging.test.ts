/**
 * Bounded logging (issue 12, finding 2): the CMS's pino options, on a real pino writing to a stream.
 * A failure repeated by a flood is written a few times a minute and then counted; one request's huge
 * query, where or body never reaches the log.
 */
import { Writable } from 'node:stream'

import { pino } from 'pino'
import { afterEach, describe, expect, test, vi } from 'vitest'

import { boundedLoggerOptions, loggerConfig } from '../src/logging'

const capture = () => {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  return { logger: pino({ level: 'info', ...boundedLoggerOptions(10) }, stream), lines }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the CMS log is bounded', () => {
  test('500 identical errors write 10 lines in the minute, then one line with the count', () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z') })
    const { logger, lines } = capture()
    for (let index = 0; index < 500; index++) logger.error({ err: new Error('where clause too large') }, 'request failed')
    expect(lines).toHaveLength(10)
    vi.setSystemTime(new Date('2026-11-28T10:01:01Z'))
    logger.error({ err: new Error('where clause too large') }, 'request failed')
    expect(lines).toHaveLength(12)
    expect(JSON.parse(lines[10]!)).toMatchObject({ suppressed: 490 })
  })

  test('class: different errors are each written; info lines are never sampled', () => {
    const { logger, lines } = capture()
    for (let index = 0; index < 30; index++) logger.error({ err: new Error(`failure ${index}`) }, 'request failed')
    for (let index = 0; index < 30; index++) logger.info({ path: '/healthz' }, 'request')
    expect(lines).toHaveLength(60)
  })

  test('class: a 4 MB message, a request body, a where and variables never reach the log', () => {
    const { logger, lines } = capture()
    const huge = 'x'.repeat(4 * 1024 * 1024)
    logger.error(
      { err: Object.assign(new Error(huge), { data: { where: huge } }), body: huge, variables: { where: huge }, query: huge, path: `/api/${huge}` },
      'request failed',
    )
    expect(lines).toHaveLength(1)
    expect(lines[0]!.length).toBeLessThan(8_000)
    const line = JSON.parse(lines[0]!)
    expect(line).not.toHaveProperty('body')
    expect(line).not.toHaveProperty('variables')
    expect(line).not.toHaveProperty('query')
    expect(line.err).not.toHaveProperty('data')
    expect(line.err.message).toMatch(/… \(4194304 characters\)$/)
  })
})

describe('the bounds hold whatever the format (the local demo logs pretty lines)', () => {
  const formats = [
    { production: true, LOG_FORMAT: 'json' },
    { production: true, LOG_FORMAT: 'pretty' },
    { production: false, LOG_FORMAT: 'json' },
    { production: false, LOG_FORMAT: 'pretty' },
  ] as const

  test.each(formats)(
    'class (JSON, pretty, production, development): production $production, LOG_FORMAT $LOG_FORMAT samples repeats and cuts what is large',
    (format) => {
      vi.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z') })
      const config = loggerConfig({ ...format, LOG_LEVEL: 'info', LOG_REPEATS_PER_MINUTE: 10 })
      // JSON lines go to stdout, pretty ones through Payload's pino-pretty stream.
      expect(config.destination === undefined).toBe(format.production && format.LOG_FORMAT === 'json')
      const lines: string[] = []
      const stream = new Writable({
        write(chunk, _encoding, done) {
          lines.push(...String(chunk).split('\n').filter(Boolean))
          done()
        },
      })
      // The same options Payload gets, writing here instead of to the terminal.
      const logger = pino(config.options, stream)
      for (let index = 0; index < 500; index++) logger.error({ err: new Error('where clause too large') }, 'request failed')
      expect(lines).toHaveLength(10)
      const huge = 'x'.repeat(4 * 1024 * 1024)
      logger.error({ err: new Error(`another ${huge}`), body: huge, variables: { where: huge } }, 'request failed')
      expect(lines).toHaveLength(11)
      expect(lines[10]!.length).toBeLessThan(8_000)
      expect(lines[10]).not.toContain('"body"')
    },
  )
})
