/**
 * The example queries partners start from, as the README gives them: the For developers page shows
 * them, and the CMS suite runs each against the real server and finds it in the README.
 */
export type ApiExample = {
  name: string
  en: string
  es: string
  query: string
  /** The variables to send with it, for a given moment (upcoming screenings start after `now`). */
  variables?: (now: Date) => Record<string, unknown>
}

/** The shortest useful query, which the page sends with curl, fetch and graphql-request. */
export const quickStartQuery = '{ Screenings(limit: 3, sort: "startsAt") { docs { title startsAt timeZone venue { city } } } }'

export const apiExamples: readonly ApiExample[] = [
  {
    name: 'upcoming-screenings',
    en: 'Upcoming screenings in California, with everything needed to list them',
    es: 'Próximas proyecciones en California, con todo lo necesario para listarlas',
    query: `query UpcomingScreenings($now: DateTime!) {
  Screenings(
    where: { startsAt: { greater_than: $now }, venue__region: { equals: "CA" }, status: { not_equals: cancelled } }
    sort: "startsAt"
    limit: 20
  ) {
    docs {
      title slug startsAt endsAt timeZone status language subtitles
      venue { name address city region country latitude longitude }
      host { name url }
      admission { isFree price currency rsvpUrl }
      accessibility
    }
    totalDocs hasNextPage
  }
}`,
    variables: (now) => ({ now: now.toISOString() }),
  },
  {
    name: 'latest-posts',
    en: 'The latest blog posts, in Spanish, with categories',
    es: 'Las últimas entradas del blog, en español, con sus categorías',
    query: `{
  Posts(sort: "-publishedAt", limit: 5, locale: es) {
    docs { title slug excerpt publishedAt author categories { title slug } heroImage { url alt width height } }
  }
}`,
  },
  {
    name: 'screenings-near',
    en: 'Screenings near a place: what a search may mean, then the screenings within 100 km, nearest first',
    es: 'Proyecciones cerca de un lugar: qué puede significar una búsqueda y luego las proyecciones a menos de 100 km, de la más cercana a la más lejana',
    query: `{
  Places(search: "Springfield, IL", limit: 3) { docs { id kind name region country latitude longitude } }
  ScreeningsNear(latitude: 39.8017, longitude: -89.6437, radiusKm: 100, limit: 20) {
    docs { distanceKm screening { title slug startsAt timeZone venue { name city region } } }
    totalDocs
  }
}`,
  },
  {
    name: 'search',
    en: 'Full-text search of what is published, in one language, best first',
    es: 'Búsqueda de texto en lo publicado, en un idioma, los mejores resultados primero',
    query: `{ Search(query: "detention", locale: en, limit: 10) { totalDocs docs { collection url title excerpt terms } } }`,
  },
  {
    name: 'public-screenings',
    en: 'The public view: upcoming screenings in California, every listed field present, times on the venue’s clock, labels in both languages',
    es: 'La vista pública: próximas proyecciones en California, con cada campo listado presente, la hora del lugar y etiquetas en los dos idiomas',
    query: `{
  PublicScreenings(region: "CA", limit: 20) {
    docs {
      title slug startsAt startsAtLocal timeZone url calendarUrl
      status { value label { en es } }
      venue { name city region country latitude longitude }
      admission { isFree price { amount currency } rsvpUrl }
    }
    totalDocs hasNextPage
  }
}`,
  },
  {
    name: 'public-post',
    en: 'The public view: one post in Spanish, its body as sanitized HTML and as plain text, its image with an absolute address',
    es: 'La vista pública: una entrada en español, con el texto en HTML saneado y en texto plano, y su imagen con dirección absoluta',
    query: `{
  PublicPost(slug: "breakthrough-restore-fairness-campaign", locale: es) {
    title publishedAt url
    heroImage { url alt width height }
    content { html text }
  }
}`,
  },
  {
    name: 'public-dvds',
    en: 'The public view: DVD editions, each price an exact decimal with its currency',
    es: 'La vista pública: ediciones del DVD, cada precio un decimal exacto con su moneda',
    query: `{ PublicDvds { docs { title price { amount currency } licence { value label { en es } } format { label { en es } } image { url alt } } } }`,
  },
  {
    name: 'sync',
    en: 'What was published, changed, unpublished or deleted in the last week, a page at a time (pass endCursor as $after)',
    es: 'Lo publicado, cambiado, despublicado o borrado en la última semana, página a página (pase endCursor como $after)',
    query: `query Sync($since: String!, $after: String) {
  Changes(updatedSince: $since, after: $after, limit: 100) {
    docs { collection id slug kind tombstone at }
    endCursor hasNextPage
  }
}`,
    variables: (now) => ({ since: new Date(now.getTime() - 7 * 86_400_000).toISOString() }),
  },
]
