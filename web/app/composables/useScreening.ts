export const useScreening = (slug: string) => {
  const { locale } = useI18n()
  return useFetch(`/api/screenings/${encodeURIComponent(slug)}`, {
    query: { locale },
    key: `screening-${locale.value}-${slug}`,
  })
}
