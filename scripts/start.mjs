// `pnpm start`: builds what is missing, then runs the CMS (and seeds an empty database) in production mode.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', ...options })

if (!existsSync('cms/.next/BUILD_ID')) {
  const build = run('pnpm', ['--filter', '@made-in-la/cms', 'build'])
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const env = { ...process.env, NODE_ENV: 'production' }
// A local demo needs no secrets; real deployments set them (see .env.example).
env.PAYLOAD_SECRET ||= 'local-demo-secret-not-for-deployment'
env.SEED_ADMIN_EMAIL ||= 'admin@example.com'
env.SEED_ADMIN_PASSWORD ||= 'change-me-in-development'
env.SITE_API_KEY ||= 'development-site-api-key'

const cms = spawn('pnpm', ['--filter', '@made-in-la/cms', 'start'], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cms.kill(signal))
cms.on('exit', (code) => process.exit(code ?? 0))
