import { type Post_Where, PostListDocument, type PostListQueryVariables } from '@made-in-la/shared/graphql'
import { monthKey, monthRange } from '@made-in-la/shared/format'
import { isPresent } from '@made-in-la/shared/published'

const fetchPostList = cachedCmsQuery('post-list', (variables: PostListQueryVariables) => cmsQuery(PostListDocument, variables))

const perPage = 10

/**
 * The blog list: newest first, ten a page, optionally one category or one month. Each value is
 * checked against the cached unfiltered list (its categories, its months, the filter's page count)
 * before a filtered read: a category, month or page that does not exist is a 404 without one.
 */
export default defineEventHandler(async (event) => {
  const query = getQuery(event)
  const locale = localeOf(event)
  const page = Math.max(1, Number(query.page) || 1)
  const category = typeof query.category === 'string' ? query.category : undefined
  const month = typeof query.month === 'string' ? query.month : undefined

  const everything = await fetchPostList({ locale, where: {}, page: 1, limit: perPage })
  const categories = everything.Categories?.docs ?? []
  const months = [...new Set((everything.archive?.docs ?? []).map((post) => post.publishedAt && monthKey(post.publishedAt)).filter(isPresent))]
  const categoryId = category === undefined ? undefined : categories.find((known) => known.slug === category)?.id
  if (category !== undefined && !categoryId) throw createError({ statusCode: 404, statusMessage: 'Category not found' })
  // The archive lists the latest 100 posts: older months are checked by the read itself.
  const archiveIsComplete = (everything.archive?.docs?.length ?? 0) < 100
  if (month !== undefined && (!/^\d{4}-\d{2}$/.test(month) || (archiveIsComplete && !months.includes(month)))) {
    throw createError({ statusCode: 404, statusMessage: 'No posts that month' })
  }

  const where: Post_Where = {}
  if (categoryId) where.categories = { in: [categoryId] }
  if (month) {
    const { from, to } = monthRange(month)
    where.AND = [{ publishedAt: { greater_than_equal: from } }, { publishedAt: { less_than: to } }]
  }
  const filtered = category || month ? await fetchPostList({ locale, where, page: 1, limit: perPage }) : everything
  if (page > Math.max(1, filtered.Posts?.totalPages ?? 1)) throw createError({ statusCode: 404, statusMessage: 'No such page' })
  const { Posts } = page === 1 ? filtered : await fetchPostList({ locale, where, page, limit: perPage })
  return { posts: Posts, categories, months, category, month }
})
