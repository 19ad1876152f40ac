/** The API key of the site's service account: SITE_API_KEY, or a development default outside production. */
export const siteApiKey = (): string | undefined =>
  process.env.SITE_API_KEY || (process.env.NODE_ENV === 'production' ? undefined : 'development-site-api-key')
