export default defineEventHandler(async (event) => {
  const { Dvds } = await fetchDvds(localeOf(event))
  return Dvds?.docs ?? []
})
