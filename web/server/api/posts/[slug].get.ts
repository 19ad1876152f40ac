export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  const { Posts } = await fetchPost(localeOf(event), slug)
  const post = Posts?.docs?.[0]
  if (!post) throw createError({ statusCode: 404, statusMessage: 'Post not found' })
  const { ApprovedComments } = await fetchPostComments(post.id)
  return { ...post, comments: ApprovedComments }
})
