import { PostBySlugDocument, PostCommentsDocument } from '@made-in-la/shared/graphql'

import type { SiteLocale } from '../../utils/locale'

const fetchPost = cachedCmsQuery('post', (locale: SiteLocale, slug: string) => cmsQuery(PostBySlugDocument, { locale, slug }))
const fetchPostComments = cachedCmsQuery('post-comments', (postId: string) => cmsQuery(PostCommentsDocument, { post: postId }))

export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (!(await mayExist('posts', slug))) throw createError({ statusCode: 404, statusMessage: 'Post not found' })
  const { Posts } = await fetchPost(localeOf(event), slug)
  const post = Posts?.docs?.[0]
  if (!post) throw createError({ statusCode: 404, statusMessage: 'Post not found' })
  const { Comments } = await fetchPostComments(post.id)
  // Every stored comment has its date; the schema cannot say so.
  const comments = (Comments?.docs ?? []).flatMap(({ createdAt, ...comment }) => (createdAt ? [{ ...comment, createdAt }] : []))
  return { ...post, comments }
})
