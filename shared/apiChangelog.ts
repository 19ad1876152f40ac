/**
 * The public GraphQL API's changelog, newest first, in English and Spanish: the one place it is written.
 * The For developers page renders it, the CMS names the latest version beside the published SDL, and
 * the breaking-change check (shared/apiContract.ts) reads what the latest release says it breaks.
 */

export type ApiChange = { kind: 'added' | 'changed' | 'removed'; en: string; es: string }

export type ApiRelease = {
  /** The day it was released, which is also its version (the SDL's `# version:` line and `API-Version`). */
  version: string
  changes: ApiChange[]
  /**
   * What this release breaks for an existing client, as the breaking-change check names it: `Type.field`
   * (a field, an argument's field, an enum value), or `Type` for everything in a type.
   */
  breaking: string[]
}

export const apiChangelog: readonly [ApiRelease, ...ApiRelease[]] = [
  {
    version: '2026-11-29',
    changes: [
      {
        kind: 'added',
        en: 'The public view: `PublicScreenings`, `PublicScreening`, `PublicPosts`, `PublicPost` and `PublicDvds` answer published documents only, with non-null types for what every published document has, prices as `Money` (an exact decimal string and its currency), choices with English and Spanish labels, absolute image and page addresses, and rich text as sanitized HTML and plain text. Upcoming screenings need no time from the client. Payload’s own queries are unchanged.',
        es: 'La vista pública: `PublicScreenings`, `PublicScreening`, `PublicPosts`, `PublicPost` y `PublicDvds` responden solo con documentos publicados, con tipos no nulos para lo que todo documento publicado tiene, precios como `Money` (un decimal exacto en texto y su moneda), opciones con etiquetas en inglés y en español, direcciones absolutas de imágenes y páginas, y texto enriquecido como HTML saneado y texto plano. Las próximas proyecciones no piden la hora al cliente. Las consultas propias de Payload no cambian.',
      },
      {
        kind: 'added',
        en: '`Changes(updatedSince, collection, after, limit)`: what became public, changed, or stopped being public (unpublished or deleted: a tombstone, `tombstone: true`) in posts, pages, screenings, DVD editions and press items, oldest first, for the last 30 days. Pass `endCursor` as `after` to read the next page or to resume later; each entry is returned once. A malformed or too old `updatedSince` or a cursor the API did not make is a `BAD_USER_INPUT` naming the argument.',
        es: '`Changes(updatedSince, collection, after, limit)`: lo que pasó a ser público, cambió o dejó de serlo (despublicado o borrado: una lápida, `tombstone: true`) en entradas, páginas, proyecciones, ediciones del DVD y prensa, de lo más antiguo a lo más reciente, durante los últimos 30 días. Pase `endCursor` como `after` para leer la página siguiente o continuar más tarde; cada entrada se devuelve una vez. Un `updatedSince` mal formado o demasiado antiguo, o un cursor que no hizo la API, es un `BAD_USER_INPUT` que nombra el argumento.',
      },
      {
        kind: 'added',
        en: 'Webhooks: the campaign can send a partner’s server `screening.published`, `screening.changed`, `screening.cancelled` and `screening.removed`, signed as Standard Webhooks says (`webhook-id`, `webhook-timestamp`, `webhook-signature`, with a secret the campaign gives you), retried with exponential backoff for about two hours until your server answers 2xx. The same event keeps its `webhook-id` on every try.',
        es: 'Webhooks: la campaña puede enviar al servidor de un socio `screening.published`, `screening.changed`, `screening.cancelled` y `screening.removed`, firmados como dice Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`, con un secreto que le da la campaña), y reintentados con espera exponencial durante unas dos horas hasta que su servidor responda 2xx. Un mismo evento conserva su `webhook-id` en cada intento.',
      },
    ],
    breaking: [],
  },
  {
    version: '2026-11-28',
    changes: [
      {
        kind: 'added',
        en: 'Partner keys: an organisation given a key sends it as `X-Partner-Key` and is limited by the key, at its own quota, whatever address it comes from (`RateLimit-Policy: "partner"`). Without a key, the public limit per address applies as before.',
        es: 'Claves de socio: una organización con clave la envía como `X-Partner-Key` y se limita por la clave, con su propia cuota, desde cualquier dirección (`RateLimit-Policy: "partner"`). Sin clave, se aplica como antes el límite público por dirección.',
      },
      {
        kind: 'added',
        en: 'Persisted queries over GET, cacheable by a CDN or a browser: `GET /api/graphql?id=<sha256>&variables=<JSON>` (or Apollo’s `extensions.persistedQuery`) answers with `ETag` and `Cache-Control`, and a 304 when unchanged. The list is at `/api/graphql/persisted-queries.json`. Other queries over GET stay refused.',
        es: 'Consultas persistidas por GET, que un CDN o un navegador pueden guardar: `GET /api/graphql?id=<sha256>&variables=<JSON>` (o `extensions.persistedQuery` de Apollo) responde con `ETag` y `Cache-Control`, y un 304 si nada cambió. La lista está en `/api/graphql/persisted-queries.json`. Las demás consultas por GET siguen rechazadas.',
      },
      {
        kind: 'added',
        en: 'Every refusal carries `extensions.code` (`DEPTH_LIMIT`, `ALIAS_LIMIT`, `TOKEN_LIMIT`, `COMPLEXITY_LIMIT`, `GRAPHQL_PARSE_FAILED`, `BAD_USER_INPUT`, …) and, when it met a limit, `extensions.limit` with the limit’s name. `page` below 1 is a `BAD_USER_INPUT` instead of page 1.',
        es: 'Cada rechazo lleva `extensions.code` (`DEPTH_LIMIT`, `ALIAS_LIMIT`, `TOKEN_LIMIT`, `COMPLEXITY_LIMIT`, `GRAPHQL_PARSE_FAILED`, `BAD_USER_INPUT`, …) y, si chocó con un límite, `extensions.limit` con su nombre. Un `page` menor que 1 es un `BAD_USER_INPUT` en lugar de la página 1.',
      },
      {
        kind: 'added',
        en: 'Browsers: GraphQL and REST reads answer any origin with CORS (`Access-Control-Allow-Origin: *`, never with credentials), so a partner’s page can query the API directly. Mutations from pages of other sites are refused with `CROSS_ORIGIN_WRITE`.',
        es: 'Navegadores: las lecturas por GraphQL y REST responden a cualquier origen con CORS (`Access-Control-Allow-Origin: *`, nunca con credenciales), así que la página de un socio puede consultar la API directamente. Las mutaciones desde páginas de otros sitios se rechazan con `CROSS_ORIGIN_WRITE`.',
      },
      {
        kind: 'added',
        en: '`Places` and `ScreeningsNear`: screenings near a city or US ZIP code, resolved offline, nearest first with their `distanceKm`.',
        es: '`Places` y `ScreeningsNear`: proyecciones cerca de una ciudad o código postal de EE. UU., resueltas sin servicios externos, de la más cercana a la más lejana, con su `distanceKm`.',
      },
      {
        kind: 'added',
        en: '`Search`: full-text search of published posts, pages, screenings, DVD editions and press items, in one language, best first.',
        es: '`Search`: búsqueda de texto en entradas, páginas, proyecciones, ediciones del DVD y prensa publicadas, en un idioma, las mejores primero.',
      },
      {
        kind: 'added',
        en: '`Redirects` (old addresses and where they now lead) and `Resources` (the screening kit’s downloads).',
        es: '`Redirects` (direcciones antiguas y adónde llevan ahora) y `Resources` (las descargas del kit para proyecciones).',
      },
      {
        kind: 'changed',
        en: 'Requests are limited by cost: points per minute per address, announced in the `RateLimit-Policy` and `RateLimit` headers; refusals carry `extensions.code` (`RATE_LIMITED`, `QUERY_TOO_COSTLY`, …).',
        es: 'Las consultas se limitan por coste: puntos por minuto y por dirección, anunciados en las cabeceras `RateLimit-Policy` y `RateLimit`; los rechazos llevan `extensions.code` (`RATE_LIMITED`, `QUERY_TOO_COSTLY`, …).',
      },
      {
        kind: 'changed',
        en: 'DVD editions have drafts: `Dvd.licence`, `price`, `currency`, `format` and `availability` are nullable in the schema. Published editions always have them.',
        es: 'Las ediciones del DVD tienen borradores: `Dvd.licence`, `price`, `currency`, `format` y `availability` admiten null en el esquema. Las ediciones publicadas siempre los tienen.',
      },
      {
        kind: 'changed',
        en: '`Screening.timeZone` is derived from `startsAt_tz` and can no longer be filtered (a `where` on it is a 400): filter with `startsAt_tz: { equals: America_Chicago }`.',
        es: '`Screening.timeZone` se deriva de `startsAt_tz` y ya no sirve como filtro (un `where` sobre él es un 400): filtre con `startsAt_tz: { equals: America_Chicago }`.',
      },
      {
        kind: 'removed',
        en: '`ApprovedComments` and `FeaturedPledges`: read `Comments` and `Pledges`, which return only what is public. `PreviewPost`, `PreviewPage` and `PreviewScreening`: a draft is read with its Preview link’s token in `X-Preview-Token`.',
        es: '`ApprovedComments` y `FeaturedPledges`: lea `Comments` y `Pledges`, que solo devuelven lo público. `PreviewPost`, `PreviewPage` y `PreviewScreening`: un borrador se lee con el token de su enlace de vista previa en `X-Preview-Token`.',
      },
      {
        kind: 'removed',
        en: '`ConfirmSubscription` and `Unsubscribe` (now `POST /api/subscribers/confirm` and `/unsubscribe`), and the account lock (`unlockUser`, `User.loginAttempts`, `User.lockUntil`): accounts are never locked.',
        es: '`ConfirmSubscription` y `Unsubscribe` (ahora `POST /api/subscribers/confirm` y `/unsubscribe`), y el bloqueo de cuentas (`unlockUser`, `User.loginAttempts`, `User.lockUntil`): las cuentas nunca se bloquean.',
      },
    ],
    breaking: [
      'Dvd.licence',
      'Dvd.price',
      'Dvd.currency',
      'Dvd.format',
      'Dvd.availability',
      'Query.ApprovedComments',
      'Query.FeaturedPledges',
      'Query.PreviewPost',
      'Query.PreviewPage',
      'Query.PreviewScreening',
      'PublicComment',
      'PublicPledge',
      'SubscriptionStatus',
      'Mutation.ConfirmSubscription',
      'Mutation.Unsubscribe',
      'Comment.email',
      'User.loginAttempts',
      'User.lockUntil',
      'Mutation.unlockUser',
      'UsersUnlockAccess',
      'UsersUnlockDocAccess',
      'usersAccess.unlock',
      'usersDocAccess.unlock',
      'mutationUserInput.loginAttempts',
      'mutationUserInput.lockUntil',
      'mutationUserUpdateInput.loginAttempts',
      'mutationUserUpdateInput.lockUntil',
    ],
  },
  {
    version: '2026-11-27',
    changes: [
      {
        kind: 'added',
        en: '`Screening.startsAt_tz` and `endsAt_tz`: the venue’s time zone as an enum (`America_Chicago`), stored beside the UTC instant. `timeZone` keeps its IANA name (`America/Chicago`) for reading.',
        es: '`Screening.startsAt_tz` y `endsAt_tz`: la zona horaria del lugar como enum (`America_Chicago`), guardada junto al instante en UTC. `timeZone` conserva su nombre IANA (`America/Chicago`) para leerlo.',
      },
      {
        kind: 'changed',
        en: 'Dates without a time of day (`PressItem.publishedOn`) are calendar days at noon UTC: read the first ten characters.',
        es: 'Las fechas sin hora (`PressItem.publishedOn`) son días del calendario a mediodía UTC: lea los diez primeros caracteres.',
      },
    ],
    breaking: ['mutationScreeningInput.startsAt_tz'],
  },
  {
    version: '2026-11-26',
    changes: [
      {
        kind: 'added',
        en: 'The public, read-only GraphQL API: posts, pages, screenings, DVD editions, categories, press, media and the site settings, in English and in Spanish (`locale: es`, falling back to English).',
        es: 'La API GraphQL pública de solo lectura: entradas, páginas, proyecciones, ediciones del DVD, categorías, prensa, medios y la configuración del sitio, en inglés y en español (`locale: es`, con el inglés como respaldo).',
      },
      {
        kind: 'changed',
        en: 'Posts, pages and screenings have drafts, so their fields (`Post.title`, `Screening.startsAt`, …) are nullable in the schema. Published documents always have them.',
        es: 'Las entradas, páginas y proyecciones tienen borradores, así que sus campos (`Post.title`, `Screening.startsAt`, …) admiten null en el esquema. Los documentos publicados siempre los tienen.',
      },
    ],
    breaking: [],
  },
]

export const latestApiRelease = apiChangelog[0]

const versionLine = /^# version: (\S+)\n/

/** The version a published SDL names on its first line (`# version: 2026-11-28`). */
export const versionOfSdl = (sdl: string) => versionLine.exec(sdl)?.[1]

/** The SDL as published: the generated schema under a line naming its version. */
export const publishedSdl = (schema: string, version: string) => `# version: ${version}\n${schema}`
