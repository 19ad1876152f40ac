/**
 * The public contract at a stable address: `GET /api/graphql/schema.graphql` serves the committed
 * shared/schema.graphql (the one `pnpm generate` writes and CI checks fresh) under a `# version:` line
 * naming the changelog's latest release. Introspection stays off in production; this is how partners
 * and their code generators get the schema. Any origin may read it, never with credentials.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { latestApiRelease, publishedSdl } from '@made-in-la/shared/apiChangelog'
import type { Request, Response } from 'express'

import { etagOf, stillCurrent } from './etag'

export const publishedSchemaPath = '/api/graphql/schema.graphql'

const body = publishedSdl(readFileSync(createRequire(import.meta.url).resolve('@made-in-la/shared/schema.graphql'), 'utf8'), latestApiRelease.version)
const etag = etagOf(body)

const headers = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'API-Version, ETag',
  'api-version': latestApiRelease.version,
  'cache-control': 'public, max-age=300',
  etag,
}

export const servePublishedSchema = (req: Request, res: Response) => {
  if (req.method === 'OPTIONS') {
    res
      .status(204)
      .set({ ...headers, 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': 'If-None-Match', 'access-control-max-age': '86400' })
      .end()
    return
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res
      .status(405)
      .set('allow', 'GET, HEAD, OPTIONS')
      .json({ errors: [{ message: 'The schema is read with GET.' }] })
    return
  }
  res.set(headers)
  if (stillCurrent(req.get('if-none-match'), etag)) {
    res.status(304).end()
    return
  }
  res.type('text/plain; charset=utf-8').send(body)
}
