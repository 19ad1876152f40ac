// `pnpm start`: builds what is missing, then runs the CMS (seeding an empty database) and the site.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const buildIfMissing = (artifact, name) => {
  if (existsSync(artifact)) return
  const build = spawnSync('pnpm', ['--filter', name, 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
buildIfMissing('cms/.next/BUILD_ID', '@made-in-la/cms')
buildIfMissing('web/.output/server/index.mjs', '@made-in-la/web')

const cmsPort = process.env.CMS_PORT ?? '3001'
const webPort = process.env.WEB_PORT ?? '3000'

/**
 * The local demo's secrets: made once per checkout, kept in a git-ignored file readable by its owner
 * only, so no secret that signs a session, a preview link or the site's deliveries is in the
 * repository. Real deployments set their own (see .env.example); what is set wins.
 */
const secretsFile = '.local-secrets.json'
const localSecrets = () => {
  if (existsSync(secretsFile)) return JSON.parse(readFileSync(secretsFile, 'utf8'))
  const made = Object.fromEntries(['PAYLOAD_SECRET', 'SITE_API_KEY', 'REVALIDATE_SECRET'].map((name) => [name, randomBytes(32).toString('hex')]))
  writeFileSync(secretsFile, JSON.stringify(made, null, 2), { mode: 0o600 })
  return made
}
const secrets = {
  ...localSecrets(),
  ...Object.fromEntries(['PAYLOAD_SECRET', 'SITE_API_KEY', 'REVALIDATE_SECRET'].filter((name) => process.env[name]).map((name) => [name, process.env[name]])),
}
// The documented demo sign-in is for this machine only: with it, both servers listen on loopback.
const demoSignIn = !process.env.SEED_ADMIN_EMAIL && !process.env.SEED_ADMIN_PASSWORD
const host = process.env.HOST || (demoSignIn ? '127.0.0.1' : '0.0.0.0')
const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host)
if (demoSignIn && !loopback) {
  console.error(
    `HOST=${host} would put the documented demo sign-in on the network. Set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD (see .env.example), or leave HOST unset.`,
  )
  process.exit(1)
}
const env = { ...process.env, NODE_ENV: 'production', HOST: host }
const siteUrl = env.NUXT_PUBLIC_SITE_URL || `http://localhost:${webPort}`

const cms = spawn('pnpm', ['--filter', '@made-in-la/cms', 'start'], {
  stdio: 'inherit',
  env: {
    ...env,
    PORT: cmsPort,
    // Readable log lines for a local demo; deployments keep the JSON default.
    LOG_FORMAT: env.LOG_FORMAT || 'pretty',
    PAYLOAD_SECRET: secrets.PAYLOAD_SECRET,
    SEED_ADMIN_EMAIL: env.SEED_ADMIN_EMAIL || 'admin@example.com',
    SEED_ADMIN_PASSWORD: env.SEED_ADMIN_PASSWORD || 'change-me-in-development',
    SITE_API_KEY: secrets.SITE_API_KEY,
    WEB_URL: env.WEB_URL || `http://127.0.0.1:${webPort}`,
    // Where the admin's Preview button and the subscription emails send people.
    SITE_PUBLIC_URL: env.SITE_PUBLIC_URL || siteUrl,
    REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
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
    NUXT_REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
    NUXT_CMS_API_KEY: env.NUXT_CMS_API_KEY || secrets.SITE_API_KEY,
    NUXT_PUBLIC_SITE_URL: siteUrl,
    NUXT_SITE_URL: siteUrl,
    NUXT_PUBLIC_I18N_BASE_URL: siteUrl,
  },
})

console.log(`Site: http://localhost:${webPort}   Admin: http://localhost:${cmsPort}/admin`)
const children = [cms, web]
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)))
for (const child of children)
  child.on('exit', (code) => {
    children.forEach((other) => other !== child && other.kill('SIGTERM'))
    process.exitCode = code ?? 0
  })
