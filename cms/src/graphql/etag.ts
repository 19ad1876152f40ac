import { createHash } from 'node:crypto'

/** A strong ETag for a body: the start of its SHA-256. */
export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** Whether a client's `If-None-Match` names this ETag (or `*`), weak or strong. */
export const stillCurrent = (ifNoneMatch: string | null | undefined, etag: string) =>
  ifNoneMatch !== null && ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')))
