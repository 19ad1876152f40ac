export default defineEventHandler(async (event) => {
  const { SiteSetting } = await fetchSiteShell(localeOf(event))
  return SiteSetting
})
