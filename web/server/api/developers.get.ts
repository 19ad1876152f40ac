/** Where partners reach the API: the CMS's public address (the admin's, behind a proxy), not the site's own way in. */
export default defineEventHandler(() => {
  const cms = (siteEnv.NUXT_CMS_ADMIN_URL || siteEnv.NUXT_CMS_URL).replace(/\/$/, '')
  return { endpoint: `${cms}/api/graphql`, schemaUrl: `${cms}/api/graphql/schema.graphql` }
})
