/**
 * The `extensions.code` values the public GraphQL API answers refusals with, their HTTP status and
 * what a client can do, in English and Spanish. The For developers page lists them; a CMS test holds
 * this list to the codes the CMS's source actually sends.
 */
export type ApiErrorCode = { code: string; status: number; en: string; es: string }

export const apiErrorCodes: readonly ApiErrorCode[] = [
  {
    code: 'RATE_LIMITED',
    status: 429,
    en: 'This address has spent its points for the minute (or its sign-in attempts). Wait for `Retry-After` seconds; `RateLimit` says what is left.',
    es: 'Esta dirección ha gastado sus puntos del minuto (o sus intentos de inicio de sesión). Espere los segundos de `Retry-After`; `RateLimit` dice cuántos quedan.',
  },
  {
    code: 'QUERY_TOO_COSTLY',
    status: 400,
    en: 'The query costs more points than one request may: ask for fewer documents (`limit`) or fewer fields, or split it.',
    es: 'La consulta cuesta más puntos de los que admite una petición: pida menos documentos (`limit`) o menos campos, o divídala.',
  },
  {
    code: 'BODY_TOO_LARGE',
    status: 413,
    en: 'The request body is larger than the limit: send a shorter query.',
    es: 'El cuerpo de la petición supera el límite: envíe una consulta más corta.',
  },
  {
    code: 'BATCH_NOT_SUPPORTED',
    status: 400,
    en: 'The body is an array of operations: send one operation per request.',
    es: 'El cuerpo es una lista de operaciones: envíe una operación por petición.',
  },
  {
    code: 'BAD_REQUEST',
    status: 400,
    en: 'The body is not valid JSON: send `{ "query": ..., "variables": ... }` with `content-type: application/json`.',
    es: 'El cuerpo no es JSON válido: envíe `{ "query": ..., "variables": ... }` con `content-type: application/json`.',
  },
  {
    code: 'SUBSCRIPTION_NOT_SUPPORTED',
    status: 400,
    en: 'Subscriptions are not served over HTTP: send a query.',
    es: 'Las suscripciones no se sirven por HTTP: envíe una consulta.',
  },
  {
    code: 'ONE_SIGN_IN_PER_REQUEST',
    status: 400,
    en: 'A request may hold one sign-in mutation (for the team’s accounts, not partners).',
    es: 'Una petición puede llevar una sola mutación de inicio de sesión (para las cuentas del equipo, no para socios).',
  },
  {
    code: 'CROSS_ORIGIN_WRITE',
    status: 403,
    en: 'A mutation was sent by a page of another site. The API is open to every site for reading; writes come from the campaign’s own site and admin.',
    es: 'Una página de otro sitio envió una mutación. La API está abierta a todos los sitios para leer; las escrituras vienen del sitio y del panel de la campaña.',
  },
  {
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
    en: 'The query is not valid GraphQL (a missing brace, a stray character): `locations` says where.',
    es: 'La consulta no es GraphQL válido (falta una llave, sobra un carácter): `locations` dice dónde.',
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    en: 'The query asks for something the schema does not have, or gives an argument of the wrong type: compare it with the published schema.',
    es: 'La consulta pide algo que el esquema no tiene, o da un argumento de otro tipo: compárela con el esquema publicado.',
  },
  {
    code: 'DEPTH_LIMIT',
    status: 400,
    en: 'The query nests deeper than `maxDepth` allows: ask for fewer levels of relations.',
    es: 'La consulta anida más niveles de los que permite `maxDepth`: pida menos niveles de relaciones.',
  },
  {
    code: 'ALIAS_LIMIT',
    status: 400,
    en: 'The query uses more aliases than `maxAliases` allows: split it into several requests.',
    es: 'La consulta usa más alias de los que permite `maxAliases`: divídala en varias peticiones.',
  },
  {
    code: 'TOKEN_LIMIT',
    status: 400,
    en: 'The query is longer than `maxTokens` allows: ask for fewer fields, or use fragments.',
    es: 'La consulta es más larga de lo que permite `maxTokens`: pida menos campos o use fragmentos.',
  },
  {
    code: 'COMPLEXITY_LIMIT',
    status: 400,
    en: 'The query is more complex than `maxComplexity` allows (each relation counts 10): ask for fewer relations.',
    es: 'La consulta es más compleja de lo que permite `maxComplexity` (cada relación cuenta 10): pida menos relaciones.',
  },
  {
    code: 'INTROSPECTION_DISABLED',
    status: 400,
    en: 'Introspection is off in production: read the published schema instead.',
    es: 'La introspección está desactivada en producción: lea el esquema publicado.',
  },
  {
    code: 'BAD_USER_INPUT',
    status: 400,
    en: 'An argument is out of range or refused (`limit` outside 1–100, `page` below 1, a `where` too large, a value a field does not take): `extensions.argument` or `data` names it.',
    es: 'Un argumento está fuera de rango o se rechaza (`limit` fuera de 1–100, `page` menor que 1, un `where` demasiado grande, un valor que un campo no admite): `extensions.argument` o `data` lo nombra.',
  },
  {
    code: 'SIGN_IN_REQUIRED',
    status: 401,
    en: 'The request needs an account: partners read published content without one.',
    es: 'La petición necesita una cuenta: los socios leen el contenido publicado sin ella.',
  },
  {
    code: 'ACCESS_DENIED',
    status: 403,
    en: 'The account or key may not do this: drafts and submissions are not public.',
    es: 'La cuenta o la clave no puede hacer esto: los borradores y los envíos no son públicos.',
  },
  {
    code: 'NOT_FOUND',
    status: 404,
    en: 'No published document has that id or slug.',
    es: 'Ningún documento publicado tiene ese id o slug.',
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    status: 500,
    en: 'Something failed on our side, not in the query: try again later.',
    es: 'Algo falló de nuestro lado, no en la consulta: inténtelo más tarde.',
  },
  {
    code: 'PERSISTED_QUERY_REQUIRED',
    status: 400,
    en: 'A query sent with GET must be a persisted one, named by its `id`: send any other query with POST.',
    es: 'Una consulta enviada con GET debe ser una persistida, nombrada por su `id`: envíe cualquier otra con POST.',
  },
  {
    code: 'PERSISTED_QUERY_NOT_FOUND',
    status: 400,
    en: 'No persisted query has this `id`: the list, with each query’s SHA-256, is at `/api/graphql/persisted-queries.json`.',
    es: 'Ninguna consulta persistida tiene este `id`: la lista, con el SHA-256 de cada consulta, está en `/api/graphql/persisted-queries.json`.',
  },
  {
    code: 'PARTNER_KEY_INVALID',
    status: 401,
    en: 'The `X-Partner-Key` sent is not known or no longer active: ask the campaign for a key, or send none to use the public limit.',
    es: 'La `X-Partner-Key` enviada no se conoce o ya no está activa: pida una clave a la campaña, o no envíe ninguna para usar el límite público.',
  },
]
