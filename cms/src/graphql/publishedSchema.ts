/**
 * The public contract at a stable address: `GET /api/graphql/schema.graphql` serves the committed
 * shared/schema.graphql (the one `pnpm generate` writes and CI checks fresh) under a `# version:` line
 * naming the changelog's latest release. Introspection stays off in production; this is how partners
 * and their code generators get the schema.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { latestApiRelease, publishedSdl } from '@made-in-la/shared/apiChangelog'
import type { Request, Response } from 'express'

import { etagOf, stillCurrent } from './etag'

export const publishedSchemaPath = '/api/graphql/schema.graphql'

const body = publishedSdl(readFileSync(createRequire(import.meta.url).resolve('@made-in-la/shared/schema.graphql'), 'utf8'), latestApiRelease.version)
const etag = etagOf(body)

// CORS, for any origin and without credentials, comes from rest/openReads.ts, as for every read.
const headers = {
  'api-version': latestApiRelease.version,
  'cache-control': 'public, max-age=300',
  etag,
}

export const servePublishedSchema = (req: Request, res: Response) => {
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
