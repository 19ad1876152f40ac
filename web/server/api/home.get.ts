import { publishedScreenings } from '@made-in-la/shared/published'

import { HomePageDocument } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../utils/locale'

const fetchHomePage = cachedCmsQuery('home', (locale: SiteLocale) => cmsQuery(HomePageDocument, { locale, now: new Date().toISOString() }))

export default defineEventHandler(async (event) => {
  const { HomePage, Posts, Screenings, Pledges } = await fetchHomePage(localeOf(event))
  return {
    home: HomePage,
    posts: (Posts?.docs ?? []).slice(0, HomePage?.latestPostsCount ?? 3),
    screenings: publishedScreenings(Screenings?.docs).slice(0, HomePage?.upcomingScreeningsCount ?? 3),
    pledges: HomePage?.showFeaturedPledges ? (Pledges?.docs ?? []) : [],
  }
})
