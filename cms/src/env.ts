import { defaultGraphqlPointsPerMinute } from '@made-in-la/shared/apiLimits'
import { address, flag, oneOf, parseEnv, text, whole } from '@made-in-la/shared/env'
import { z } from 'zod'

/**
 * The CMS's configuration, read from the environment once and checked at start: the only module that
 * reads process.env. Each variable is documented in .env.example.
 */
const schema = z.object({
  PORT: whole(3001, { min: 1 }),
  HOST: text('0.0.0.0'),
  PAYLOAD_SECRET: text(),
  CMS_PUBLIC_URL: address(),
  TRUST_PROXY_HOPS: whole(0),
  SHUTDOWN_DELAY_MS: whole(1000),
  SHUTDOWN_TIMEOUT_MS: whole(15_000),
  LOG_FORMAT: oneOf(['json', 'pretty'], 'json'),
  LOG_LEVEL: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
  LOG_REPEATS_PER_MINUTE: whole(10, { min: 1 }),

  DATABASE_URI: text(),
  DATABASE_TIMEOUT_MS: whole(5000, { min: 1 }),
  // Lets a test check the committed migrations against the config without writing beside them.
  PAYLOAD_MIGRATION_DIR: text(),
  MEDIA_DIR: text(),
  S3_BUCKET: text(),
  S3_REGION: text('us-east-1'),
  S3_ENDPOINT: text(),
  S3_ACCESS_KEY_ID: text(''),
  S3_SECRET_ACCESS_KEY: text(''),

  SEED_ON_START: flag(true),
  SEED_ADMIN_EMAIL: text(),
  SEED_ADMIN_PASSWORD: text(),
  SITE_API_KEY: text(),
  SITE_SERVICE_EMAIL: text('site@service.invalid'),
  PAYLOAD_JOBS_AUTORUN: flag(true),

  GRAPHQL_INTROSPECTION: flag(false),
  GRAPHQL_PLAYGROUND: flag(false),
  GRAPHQL_POINTS_PER_MINUTE: whole(defaultGraphqlPointsPerMinute, { min: 1 }),
  SITE_GRAPHQL_POINTS_PER_MINUTE: whole(3_000_000, { min: 1 }),
  GRAPHQL_RESPONSE_CACHE_MS: whole(1000),
  GRAPHQL_CONCURRENCY: whole(2, { min: 1 }),
  LOGIN_RATE_LIMIT: whole(10, { min: 1 }),
  SIGN_IN_FAILURES_PER_ACCOUNT: whole(5, { min: 1 }),
  SUBMISSION_RATE_LIMIT: whole(600, { min: 1 }),

  SMTP_HOST: text(),
  SMTP_PORT: whole(587, { min: 1 }),
  SMTP_SECURE: flag(false),
  SMTP_USER: text(),
  SMTP_PASSWORD: text(),
  EMAIL_FROM_ADDRESS: text('no-reply@example.org'),
  EMAIL_FROM_NAME: text('Made in L.A.'),
  STAFF_NOTIFICATION_EMAIL: text(),

  WEB_URL: address(),
  REVALIDATE_SECRET: text(),
  SITE_PUBLIC_URL: address(),

  WEBHOOK_ALLOW_PRIVATE_TARGETS: flag(false),
  WEBHOOK_TIMEOUT_MS: whole(10_000, { min: 1 }),
  WEBHOOK_RETRY_DELAY_MS: whole(30_000, { min: 1 }),
  CHANGES_SETTLE_MS: whole(5_000, { min: 0 }),
})

/** The configuration a set of variables gives (tests pass their own; the CMS passes process.env). */
export const readEnv = (source: Record<string, string | undefined>) => {
  const variables = parseEnv(schema, source)
  const production = source.NODE_ENV === 'production'
  return {
    ...variables,
    production,
    // server.ts refuses to start in production without PAYLOAD_SECRET; these defaults serve development.
    secret: variables.PAYLOAD_SECRET ?? 'development-only-secret-change-me',
    siteApiKey: variables.SITE_API_KEY ?? (production ? undefined : 'development-site-api-key'),
    sitePublicUrl: (variables.SITE_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
  }
}

export type CmsEnv = ReturnType<typeof readEnv>

// NODE_ENV is read as written: Next.js replaces it in its bundles, and every copy of this module must agree.
export const env: CmsEnv = readEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV })
