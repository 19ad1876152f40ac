export const usePost = (slug: string) => {
  const { locale } = useI18n()
  return useFetch(`/api/posts/${encodeURIComponent(slug)}`, { query: { locale }, key: `post-${locale.value}-${slug}` })
}

/** A post as its page shows it (the draft preview gives the same shape). */
export type PostView = NonNullable<Awaited<ReturnType<typeof usePost>>['data']['value']>
