/**
 * The CMS reads its environment once, in src/env.ts: unset and empty variables take their defaults, and
 * a variable set wrongly stops the server at start with a message naming it (never its value).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from 'vitest'

import { readEnv } from '../src/env'
import { runToExit } from './helpers/process'
import { cmsEnv } from './setup/cmsServer'

test('unset and empty variables take the documented defaults', () => {
  for (const source of [{}, { PORT: '', SEED_ON_START: '', GRAPHQL_CONCURRENCY: '', SITE_PUBLIC_URL: '' }]) {
    expect(readEnv(source)).toMatchObject({
      PORT: 3001,
      SEED_ON_START: true,
      GRAPHQL_CONCURRENCY: 2,
      sitePublicUrl: 'http://localhost:3000',
      production: false,
    })
  }
  expect(readEnv({ NODE_ENV: 'production' })).toMatchObject({ production: true, siteApiKey: undefined })
  expect(readEnv({ SITE_PUBLIC_URL: 'https://example.org/', SMTP_SECURE: 'true', LOGIN_RATE_LIMIT: '3' })).toMatchObject({
    sitePublicUrl: 'https://example.org',
    SMTP_SECURE: true,
    LOGIN_RATE_LIMIT: 3,
  })
})

test('every variable set wrongly is named, with what it must be, and no value is repeated', () => {
  const wrong = { GRAPHQL_CONCURRENCY: 'two', SMTP_SECURE: 'secret-yes', CMS_PUBLIC_URL: 'not a url', LOG_FORMAT: 'xml', LOGIN_RATE_LIMIT: '0' }
  const message = (() => {
    try {
      readEnv(wrong)
    } catch (error) {
      return (error as Error).message
    }
    return 'accepted'
  })()
  expect(message).toContain('GRAPHQL_CONCURRENCY must be a whole number')
  expect(message).toContain('SMTP_SECURE must be true or false')
  expect(message).toContain('CMS_PUBLIC_URL must be an address')
  expect(message).toContain('LOG_FORMAT must be one of json, pretty')
  expect(message).toContain('LOGIN_RATE_LIMIT must be at least 1')
  expect(message).not.toMatch(/secret-yes|not a url|xml/)
})

test('the server refuses to start with a variable set wrongly, and says which', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-env-'))
  try {
    const { code, output } = await runToExit(process.execPath, ['--import', 'tsx', 'server.ts'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...cmsEnv(dir, 1), GRAPHQL_CONCURRENCY: 'two' },
    })
    expect(code).not.toBe(0)
    expect(output).toContain('GRAPHQL_CONCURRENCY must be a whole number')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
