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
]
