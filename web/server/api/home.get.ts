export default defineEventHandler(async (event) => homeView(await fetchHomePage(localeOf(event))))
