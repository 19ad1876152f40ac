/** docker-compose.yml as a real Compose implementation (Debian's docker-compose) resolves it. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { parse } from 'yaml'

export const repoRoot = path.resolve(import.meta.dirname, '../../..')

export type ComposeService = {
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string>
  ports?: { published: number | string; target: number }[]
  volumes?: ({ source: string } | string)[]
  profiles?: string[]
}

/** Runs `docker-compose config` with `env` as the only variables (as an .env file would give them). */
export const composeConfig = (args: string[], env: Record<string, string>) => {
  const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', ...args, 'config'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  })
  if (result.error) throw new Error(`docker-compose is not installed (apt-get install docker-compose): ${result.error.message}`)
  const config = result.status === 0 ? (parse(result.stdout) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> }) : undefined
  return { ...result, config }
}
