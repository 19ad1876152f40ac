import {
  DvdListDocument,
  HomePageDocument,
  PageBySlugDocument,
  PostBySlugDocument,
  PostListDocument,
  PressItemsDocument,
  ScreeningBySlugDocument,
  ScreeningListDocument,
  SiteShellDocument,
  SitemapEntriesDocument,
  FeedPostsDocument,
  MediaByFilenameDocument,
  PostCommentsDocument,
  PublishedPostIdDocument,
  type PostListQueryVariables,
  type ScreeningListQueryVariables,
} from '@made-in-la/shared/graphql'

import type { SiteLocale } from './locale'

/** Every read the site makes from the CMS, each cached by its arguments. */
export const fetchSiteShell = cachedCmsQuery('site-shell', (locale: SiteLocale) => cmsQuery(SiteShellDocument, { locale }))

export const fetchHomePage = cachedCmsQuery('home', (locale: SiteLocale) =>
  cmsQuery(HomePageDocument, { locale, now: new Date().toISOString() }),
)

export const fetchPostList = cachedCmsQuery('post-list', (variables: PostListQueryVariables) =>
  cmsQuery(PostListDocument, variables),
)

export const fetchPost = cachedCmsQuery('post', (locale: SiteLocale, slug: string) =>
  cmsQuery(PostBySlugDocument, { locale, slug }),
)

export const fetchFeedPosts = cachedCmsQuery('feed-posts', (locale: SiteLocale) => cmsQuery(FeedPostsDocument, { locale }))

export const fetchScreeningList = cachedCmsQuery('screening-list', (variables: ScreeningListQueryVariables) =>
  cmsQuery(ScreeningListDocument, variables),
)

export const fetchScreening = cachedCmsQuery('screening', (locale: SiteLocale, slug: string) =>
  cmsQuery(ScreeningBySlugDocument, { locale, slug }),
)

export const fetchDvds = cachedCmsQuery('dvds', (locale: SiteLocale) => cmsQuery(DvdListDocument, { locale }))

export const fetchPage = cachedCmsQuery('page', (locale: SiteLocale, slug: string) =>
  cmsQuery(PageBySlugDocument, { locale, slug }),
)

export const fetchPressItems = cachedCmsQuery('press-items', (locale: SiteLocale, limit: number) =>
  cmsQuery(PressItemsDocument, { locale, limit }),
)

export const fetchSitemapEntries = cachedCmsQuery('sitemap', () => cmsQuery(SitemapEntriesDocument, {}))

export const fetchMediaSizes = cachedCmsQuery('media-sizes', (filename: string) =>
  cmsQuery(MediaByFilenameDocument, { filename }),
)

export const fetchPostComments = cachedCmsQuery('post-comments', (postId: string) => cmsQuery(PostCommentsDocument, { post: postId }))

/** True when visitors can read the post with this id: a comment may only name such a post. */
export const isPublishedPost = cachedCmsQuery('published-post', async (id: string) => {
  const { Posts } = await cmsQuery(PublishedPostIdDocument, { id })
  return Boolean(Posts?.docs?.length)
})

type Listed = 'posts' | 'pages' | 'screenings'

/**
 * Whether a published document may have this slug, from the cached index of published slugs (the
 * sitemap's read): an unknown slug is a 404 without a read of its own. When a list is longer than
 * the index holds, anything may exist and the CMS is asked.
 */
export const mayExist = async (collection: Listed, slug: string) => {
  const { Posts, Pages, Screenings } = await fetchSitemapEntries()
  const list = { posts: Posts, pages: Pages, screenings: Screenings }[collection]
  if (!list || list.totalDocs > list.docs.length) return true
  return list.docs.some((doc) => doc.slug === slug)
}
