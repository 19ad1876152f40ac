/** The blog list for the current query string: page, category and month. */
export const usePosts = () => {
  const { locale } = useI18n()
  const route = useRoute()
  const query = computed(() => ({
    locale: locale.value,
    page: route.query.page,
    category: route.query.category,
    month: route.query.month,
  }))
  return useFetch('/api/posts', { query, key: `posts-${JSON.stringify(query.value)}` })
}
