import { env } from './env'

/**
 * Where the admin is opened: the only origins whose requests may carry the session cookie (Payload's
 * `csrf` allow-list; a cookie sent from any other site is ignored), and the only pages that may send
 * a GraphQL mutation. CMS_PUBLIC_URL in deployments; the local addresses of this port otherwise.
 */
export const adminOrigins = env.CMS_PUBLIC_URL ? [new URL(env.CMS_PUBLIC_URL).origin] : [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`]
