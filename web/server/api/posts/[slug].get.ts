export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (!(await mayExist('posts', slug))) throw createError({ statusCode: 404, statusMessage: 'Post not found' })
  const { Posts } = await fetchPost(localeOf(event), slug)
  const post = Posts?.docs?.[0]
  if (!post) throw createError({ statusCode: 404, statusMessage: 'Post not found' })
  const { ApprovedComments } = await fetchPostComments(post.id)
  return { ...post, comments: ApprovedComments }
})
