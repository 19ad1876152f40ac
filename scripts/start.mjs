// `pnpm start`: builds what is missing, then runs the CMS (seeding an empty database) and the site.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const buildIfMissing = (artifact, name) => {
  if (existsSync(artifact)) return
  const build = spawnSync('pnpm', ['--filter', name, 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
buildIfMissing('cms/.next/BUILD_ID', '@made-in-la/cms')
buildIfMissing('web/.output/server/index.mjs', '@made-in-la/web')

const cmsPort = process.env.CMS_PORT ?? '3001'
const webPort = process.env.WEB_PORT ?? '3000'
// A local demo needs no secrets; real deployments set them (see .env.example).
const revalidateSecret = process.env.REVALIDATE_SECRET || 'local-demo-revalidate-secret'
const env = { ...process.env, NODE_ENV: 'production' }
const siteUrl = env.NUXT_PUBLIC_SITE_URL || `http://localhost:${webPort}`

const cms = spawn('pnpm', ['--filter', '@made-in-la/cms', 'start'], {
  stdio: 'inherit',
  env: {
    ...env,
    PORT: cmsPort,
    // Readable log lines for a local demo; deployments keep the JSON default.
    LOG_FORMAT: env.LOG_FORMAT || 'pretty',
    PAYLOAD_SECRET: env.PAYLOAD_SECRET || 'local-demo-secret-not-for-deployment',
    SEED_ADMIN_EMAIL: env.SEED_ADMIN_EMAIL || 'admin@example.com',
    SEED_ADMIN_PASSWORD: env.SEED_ADMIN_PASSWORD || 'change-me-in-development',
    SITE_API_KEY: env.SITE_API_KEY || 'development-site-api-key',
    WEB_URL: env.WEB_URL || `http://127.0.0.1:${webPort}`,
    REVALIDATE_SECRET: revalidateSecret,
  },
})
// From web/, so the site's file caches and outbox live in web/.data (as in its image's /app/.data).
const web = spawn('node', ['.output/server/index.mjs'], {
  stdio: 'inherit',
  cwd: 'web',
  env: {
    ...env,
    PORT: webPort,
    LOG_FORMAT: env.LOG_FORMAT || 'pretty',
    NUXT_CMS_URL: env.NUXT_CMS_URL || `http://127.0.0.1:${cmsPort}`,
    NUXT_REVALIDATE_SECRET: revalidateSecret,
    NUXT_CMS_API_KEY: env.NUXT_CMS_API_KEY || env.SITE_API_KEY || 'development-site-api-key',
    NUXT_PUBLIC_SITE_URL: siteUrl,
    NUXT_SITE_URL: siteUrl,
    NUXT_PUBLIC_I18N_BASE_URL: siteUrl,
  },
})

console.log(`Site: http://localhost:${webPort}   Admin: http://localhost:${cmsPort}/admin`)
const children = [cms, web]
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)))
for (const child of children) child.on('exit', (code) => {
  children.forEach((other) => other !== child && other.kill('SIGTERM'))
  process.exitCode = code ?? 0
})
