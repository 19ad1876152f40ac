import { HomePageDocument, type HomePageQuery } from '@made-in-la/shared/graphql'
import { publishedScreenings } from '@made-in-la/shared/published'

import type { SiteLocale } from './locale'

export const fetchHomePage = cachedCmsQuery('home', (locale: SiteLocale) => cmsQuery(HomePageDocument, { locale, now: new Date().toISOString() }))

/** The home page as it shows: its settings, and as many of the latest posts, next screenings and featured pledges as they ask for. */
export const homeView = ({ HomePage, Posts, Screenings, Pledges }: HomePageQuery) => ({
  home: HomePage,
  posts: (Posts?.docs ?? []).slice(0, HomePage?.latestPostsCount ?? 3),
  screenings: publishedScreenings(Screenings?.docs).slice(0, HomePage?.upcomingScreeningsCount ?? 3),
  pledges: HomePage?.showFeaturedPledges ? (Pledges?.docs ?? []) : [],
})
