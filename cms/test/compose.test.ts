/**
 * docker-compose.yml, read by a real Compose implementation (Debian's docker-compose). No Docker
 * engine runs here, so this checks the shape the engine would be given.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from 'vitest'

import { type ComposeService as Service, composeConfig as resolveCompose, repoRoot as root } from './helpers/compose'

const secrets = { PAYLOAD_SECRET: 'x', SITE_API_KEY: 'y', REVALIDATE_SECRET: 'z' }
const composeConfig = (args: string[] = [], env: Record<string, string> = secrets) => resolveCompose(args, env)

describe('docker-compose.yml', () => {
  const result = composeConfig()
  const config = result.config ?? { services: {} as Record<string, Service>, volumes: {} }

  test('is valid Compose', () => {
    expect(result.status, result.stderr).toBe(0)
  })

  test('refuses to start without the secrets', () => {
    const missing = composeConfig([], {})
    expect(missing.status).not.toBe(0)
    expect(missing.stderr).toMatch(/PAYLOAD_SECRET|SITE_API_KEY|REVALIDATE_SECRET/)
  })

  test('runs MongoDB, Redis, the CMS and the site, behind one proxy', () => {
    expect(Object.keys(config.services).sort()).toEqual(['cms', 'mongo', 'proxy', 'redis', 'web'])
  })

  test('every service has a health check, and each waits for what it needs to be healthy', () => {
    for (const name of ['mongo', 'redis', 'cms', 'web', 'proxy']) expect(config.services[name]!.healthcheck?.test, name).toBeTruthy()
    expect(config.services.proxy!.depends_on).toEqual({ cms: { condition: 'service_healthy' }, web: { condition: 'service_healthy' } })
    expect(config.services.cms!.depends_on).toEqual({ mongo: { condition: 'service_healthy' } })
    expect(config.services.web!.depends_on).toMatchObject({ cms: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } })
    expect(config.services.mongo!.healthcheck!.test.join(' ')).toContain('rs.initiate')
  })

  test('data lives in named volumes', () => {
    expect(Object.keys(config.volumes).sort()).toEqual(['cms-media', 'mongo-data', 'redis-data'])
    const sources = (name: string) =>
      (config.services[name]!.volumes ?? []).map((volume) => (typeof volume === 'string' ? volume.split(':')[0] : volume.source))
    expect(sources('mongo')).toContain('mongo-data')
    expect(sources('cms')).toContain('cms-media')
  })

  test('only the proxy is published, with the site on 3000 and the CMS on 3001', () => {
    const published = Object.fromEntries(
      Object.entries(config.services).map(([name, service]) => [name, (service.ports ?? []).map((port) => Number(port.published))]),
    )
    expect(published).toEqual({ cms: [], mongo: [], proxy: [3000, 3001], redis: [], web: [] })
    // Scaling a service with a published host port fails; these have none, so --scale works.
  })

  test('the CMS uses MongoDB as a replica set, and the site uses Redis', () => {
    expect(config.services.cms!.environment!.DATABASE_URI).toMatch(/^mongodb:\/\/mongo:27017\/.+replicaSet=rs0/)
    expect(config.services.web!.environment!.REDIS_URL).toBe('redis://redis:6379')
    expect(config.services.web!.environment!.NUXT_CMS_URL).toBe('http://cms:3001')
  })

  test('every variable the services read is documented in .env.example', () => {
    const documented = new Set([...readFileSync(path.join(root, '.env.example'), 'utf8').matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1]))
    const raw = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')
    const interpolated = [...raw.matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1])
    const set = ['cms', 'web'].flatMap((name) => Object.keys(config.services[name]!.environment ?? {}))
    const undocumented = [...new Set([...interpolated, ...set])].filter((name) => !documented.has(name))
    expect(undocumented).toEqual([])
  })
})
