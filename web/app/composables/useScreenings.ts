/** Upcoming or past screenings for the current filters in the query string. */
export const useScreenings = () => {
  const { locale } = useI18n()
  const route = useRoute()
  const query = computed(() => ({
    locale: locale.value,
    scope: route.query.scope,
    city: route.query.city,
    region: route.query.region,
    month: route.query.month,
  }))
  return useFetch('/api/screenings', { query, key: `screenings-${JSON.stringify(query.value)}` })
}
