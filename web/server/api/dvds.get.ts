export default defineEventHandler(async (event) => fetchDvds(localeOf(event)))
