export default defineEventHandler(async (event) => {
  const { HomePage, Posts, Screenings } = await fetchHomePage(localeOf(event))
  return {
    home: HomePage,
    posts: (Posts?.docs ?? []).slice(0, HomePage?.latestPostsCount ?? 3),
    screenings: publishedScreenings(Screenings?.docs).slice(0, HomePage?.upcomingScreeningsCount ?? 3),
  }
})
