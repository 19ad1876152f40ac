/** Navigation, footer, social links, trailer and share text from the CMS's site settings. */
export const useSiteShell = () => {
  const { locale } = useI18n()
  return useFetch('/api/site', { query: { locale }, key: `site-shell-${locale.value}`, watch: [locale] })
}
