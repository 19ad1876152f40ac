import { flag, oneOf, parseEnv, text, whole } from '@made-in-la/shared/env'
import { z } from 'zod'

/**
 * The site server's configuration, read from the environment once and checked at start: the only
 * module that reads process.env. Each variable is documented in .env.example. What the pages need in
 * the browser too (the site's address and name) is Nuxt's public runtime config instead.
 */
const schema = z.object({
  // Where the site's server reaches the CMS, with the service account's key; never the browser.
  NUXT_CMS_URL: text('http://127.0.0.1:3001'),
  // Where editors open the admin, when it is not NUXT_CMS_URL: live preview frames the site there.
  NUXT_CMS_ADMIN_URL: text(''),
  NUXT_CMS_TIMEOUT_MS: whole(4000, { min: 1 }),
  // The CMS service account (role "site"). Not under a NUXT_SITE_ name: nuxt-site-config copies
  // NUXT_SITE_* variables into every page's site config.
  NUXT_CMS_API_KEY: text(''),
  NUXT_REVALIDATE_SECRET: text(''),
  NUXT_TRUST_PROXY: flag(false),
  NUXT_FORM_RATE_LIMIT: whole(5, { min: 1 }),
  NUXT_LOOKUP_RATE_LIMIT: whole(60, { min: 1 }),
  NUXT_OUTBOX_INTERVAL_MS: whole(2000, { min: 1 }),
  NUXT_FORM_STATE_SWEEP_MS: whole(60_000, { min: 1 }),
  NUXT_CACHE_MAX_ENTRIES: whole(2000, { min: 1 }),
  NUXT_CACHE_HEADERS_STALE_WHILE_REVALIDATE_SECONDS: whole(600),
  NUXT_CACHE_HEADERS_STALE_IF_ERROR_SECONDS: whole(86_400),
  NUXT_SHUTDOWN_DELAY_MS: whole(1000),
  NUXT_SHUTDOWN_TIMEOUT_MS: whole(15_000),
  REDIS_URL: text(),
  REDIS_CACHE_PREFIX: text('made-in-la'),
  LOG_FORMAT: oneOf(['json', 'pretty']),
  LOG_LEVEL: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
})

export const siteEnv = parseEnv(schema, process.env)

/** Nitro's own SIGTERM handler would close idle connections before the drain (plugins/lifecycle.ts). */
export const disableNitroShutdown = () => {
  process.env.NITRO_SHUTDOWN_DISABLED = 'true'
}
