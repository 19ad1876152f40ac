export const useScreening = (slug: string) => {
  const { locale } = useI18n()
  return useFetch(`/api/screenings/${encodeURIComponent(slug)}`, {
    query: { locale },
    key: `screening-${locale.value}-${slug}`,
  })
}

/** A screening as its page shows it (the draft preview gives the same shape). */
export type ScreeningView = NonNullable<Awaited<ReturnType<typeof useScreening>>['data']['value']>
