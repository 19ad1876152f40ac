export const usePost = (slug: string) => {
  const { locale } = useI18n()
  return useFetch(`/api/posts/${encodeURIComponent(slug)}`, { query: { locale }, key: `post-${locale.value}-${slug}` })
}
