export const useDvds = () => {
  const { locale } = useI18n()
  return useFetch('/api/dvds', { query: { locale }, key: `dvds-${locale.value}` })
}
