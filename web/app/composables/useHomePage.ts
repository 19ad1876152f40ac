export const useHomePage = () => {
  const { locale } = useI18n()
  return useFetch('/api/home', { query: { locale }, key: `home-${locale.value}` })
}
