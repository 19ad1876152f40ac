import { Feed } from 'feed'
import { mediaUrl } from '@made-in-la/shared/media'

import { FeedPostsDocument } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../utils/locale'

const fetchFeedPosts = cachedCmsQuery('feed-posts', (locale: SiteLocale) => cmsQuery(FeedPostsDocument, { locale }))

/** The blog as RSS 2.0, built by the `feed` library from the published posts. */
export default defineEventHandler(async (event) => {
  const { siteUrl, siteName } = useRuntimeConfig().public
  const locale = localeOf(event)
  const { Posts } = await fetchFeedPosts(locale)
  const blogUrl = new URL(locale === 'es' ? '/es/blog' : '/blog', siteUrl).toString()
  const feed = new Feed({
    title: `${siteName} · Blog`,
    description: 'News from the Made in L.A. campaign and allied campaigns.',
    id: blogUrl,
    link: blogUrl,
    language: locale,
    favicon: new URL('/favicon.svg', siteUrl).toString(),
    copyright: `${siteName}`,
    feedLinks: { rss: new URL('/feed.xml', siteUrl).toString() },
  })
  for (const post of Posts?.docs ?? []) {
    const link = new URL(`${locale === 'es' ? '/es' : ''}/blog/${post.slug}`, siteUrl).toString()
    feed.addItem({
      title: post.title ?? '',
      id: link,
      link,
      description: post.excerpt ?? undefined,
      date: new Date(post.publishedAt ?? post.updatedAt ?? Date.now()),
      author: post.author ? [{ name: post.author }] : undefined,
      category: (post.categories ?? []).map((category) => ({ name: category.title ?? '' })),
      image: post.heroImage?.url ? new URL(mediaUrl(post.heroImage.url) ?? '', siteUrl).toString() : undefined,
    })
  }
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return feed.rss2()
})
