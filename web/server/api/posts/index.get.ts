import type { Post_Where } from '@made-in-la/shared/graphql'
import { monthKey, monthRange } from '@made-in-la/shared/format'

const perPage = 10

/** The blog list: newest first, ten a page, optionally one category or one month. */
export default defineEventHandler(async (event) => {
  const query = getQuery(event)
  const page = Math.max(1, Number(query.page) || 1)
  const category = typeof query.category === 'string' ? query.category : undefined
  const month = typeof query.month === 'string' && /^\d{4}-\d{2}$/.test(query.month) ? query.month : undefined

  const where: Post_Where = {}
  if (category) {
    const categoryId = await fetchCategoryId(category)
    if (!categoryId) throw createError({ statusCode: 404, statusMessage: 'Category not found' })
    where.categories = { in: [categoryId] }
  }
  if (month) {
    const { from, to } = monthRange(month)
    where.AND = [{ publishedAt: { greater_than_equal: from } }, { publishedAt: { less_than: to } }]
  }
  const { Posts, Categories, archive } = await fetchPostList({ locale: localeOf(event), where, page, limit: perPage })
  const months = [...new Set((archive?.docs ?? []).map((post) => post.publishedAt && monthKey(post.publishedAt)).filter(isPresent))]
  return { posts: Posts, categories: Categories?.docs ?? [], months, category, month }
})
