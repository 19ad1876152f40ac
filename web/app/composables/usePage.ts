/** A CMS page (About the Film, Get Involved, Press...) and, where it lists them, the press items. */
export const usePage = (slug: string) => {
  const { locale } = useI18n()
  return useFetch(`/api/pages/${encodeURIComponent(slug)}`, { query: { locale }, key: `page-${locale.value}-${slug}` })
}

/** A page and the press items its blocks list (the draft preview gives the same shape). */
export type PageView = NonNullable<Awaited<ReturnType<typeof usePage>>['data']['value']>
