import type * as GraphQLModule from 'graphql'
import { GraphQLError } from 'graphql'
import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'

import { env } from '../env'
import type { ArgumentCheck } from '../graphql/validationRules'
import { isServedLimit, limitRefused } from '../hooks/capListSize'
import { changeKinds, changesKeptDays, type SyncedCollection, syncedCollections } from './changes'

type GraphQL = typeof GraphQLModule
type Results = { collections: Record<string, { graphQL?: { type: GraphQLModule.GraphQLObjectType } }> }
type ChangesArgs = { updatedSince: string; collection?: SyncedCollection | null; after?: string | null; limit?: number | null }

/**
 * `Changes(updatedSince, collection, after, limit)`: what became public, changed, or stopped being
 * public (a tombstone) since a moment, oldest first, ordered by time and then id so that `endCursor`
 * resumes exactly where a page ended. Entries hold ids, slugs, kinds and times: a partner reads
 * the documents themselves through the usual queries.
 */
const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/

type Refusal = { argument: string; message: string }

/** Why `updatedSince` is refused, if it is. */
const sinceRefusal = (value: string): Refusal | undefined => {
  const time = isoDateTime.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(time))
    return { argument: 'updatedSince', message: `updatedSince must be an ISO 8601 date and time, such as 2026-11-29T00:00:00Z (got "${value.slice(0, 40)}").` }
  if (time < Date.now() - changesKeptDays * 86_400_000)
    return {
      argument: 'updatedSince',
      message: `updatedSince must be within the last ${changesKeptDays} days: older changes are not kept. Read the lists again, then sync from then.`,
    }
}

type Cursor = { at: string; id: string }

const encodeCursor = ({ at, id }: Cursor) => Buffer.from(JSON.stringify([at, id])).toString('base64url')

const decodeCursor = (value: string): Cursor | undefined => {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[]
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && /^[\w-]{1,64}$/.test(id)) return { at, id }
  } catch {
    // not one of ours
  }
}

const cursorRefusal = (value: string): Refusal | undefined =>
  decodeCursor(value) ? undefined : { argument: 'after', message: 'after must be an endCursor this API returned, as it was.' }

const refusalOf = (argument: string, value: unknown) => {
  if (typeof value !== 'string') return undefined
  if (argument === 'updatedSince') return sinceRefusal(value)
  if (argument === 'after') return cursorRefusal(value)
}

/**
 * Refuses a malformed or too old `updatedSince`, or an `after` that is not a cursor, before anything
 * runs: a 400 with BAD_USER_INPUT and the argument's name (`limit` is checked with every list's).
 */
export const changesArguments: ArgumentCheck = (field, node, value) => {
  if (field !== 'Changes') return undefined
  const refusal = refusalOf(node.name.value, value)
  if (refusal) return new GraphQLError(refusal.message, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', argument: refusal.argument } })
}

/** The entries after a position, oldest first, `limit` of them. */
export const readChanges = async (payload: Payload, { updatedSince, collection, after, limit }: ChangesArgs) => {
  const refusal =
    sinceRefusal(updatedSince) ??
    (after == null ? undefined : cursorRefusal(after)) ??
    (limit == null || isServedLimit(limit) ? undefined : { argument: 'limit', message: limitRefused(limit) })
  if (refusal) throw new APIError(refusal.message, 400, { argument: refusal.argument }, true)
  const cursor = after == null ? undefined : decodeCursor(after)!
  const where: Where = {
    and: [
      { at: { greater_than_equal: new Date(updatedSince).toISOString() } },
      // Only entries old enough that no save still in flight (another CMS copy's, in a transaction
      // that began earlier) can commit one before them: a partner's cursor never passes a change it
      // has not seen.
      { at: { less_than_equal: new Date(Date.now() - env.CHANGES_SETTLE_MS).toISOString() } },
      ...(collection ? [{ collection: { equals: collection } }] : []),
      ...(cursor ? [{ or: [{ at: { greater_than: cursor.at } }, { and: [{ at: { equals: cursor.at } }, { id: { greater_than: cursor.id } }] }] }] : []),
    ],
  }
  const { docs, hasNextPage } = await payload.find({
    collection: 'content-changes',
    where,
    sort: ['at', 'id'],
    limit: limit ?? 10,
    depth: 0,
    overrideAccess: true,
  })
  const changes = docs.map((entry) => ({
    collection: entry.collection,
    id: entry.document,
    slug: entry.slug ?? null,
    kind: entry.kind,
    tombstone: entry.kind === 'unpublished' || entry.kind === 'deleted',
    at: entry.at,
    cursor: encodeCursor({ at: new Date(entry.at).toISOString(), id: String(entry.id) }),
  }))
  return { docs: changes, endCursor: changes.at(-1)?.cursor ?? after ?? null, hasNextPage }
}

export const changesQueries = (GraphQL: GraphQL, results: Results) => {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString, getNamedType } = GraphQL
  const required = <T extends GraphQLModule.GraphQLType>(type: T) => new GraphQLNonNull(type)
  // Payload's own DateTime scalar: a schema holds one type of each name.
  const dateTime = getNamedType(results.collections.screenings!.graphQL!.type.getFields().updatedAt!.type) as GraphQLModule.GraphQLScalarType
  const enumOf = (name: string, values: readonly string[]) =>
    new GraphQLEnumType({
      name,
      values: Object.fromEntries(values.map((value) => [value.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), { value }])),
    })
  const collection = enumOf('ChangeCollection', syncedCollections)
  const change = new GraphQLObjectType({
    name: 'Change',
    fields: {
      collection: { type: required(collection) },
      id: { type: required(GraphQLString), description: "The document's id: read it with the collection's own query (a tombstone's is gone)." },
      slug: { type: GraphQLString },
      kind: {
        type: required(enumOf('ChangeKind', changeKinds)),
        description: 'published: now public; changed: edited while public; unpublished and deleted: no longer public (tombstones).',
      },
      tombstone: { type: required(GraphQLBoolean), description: 'True when the document is no longer public: remove it.' },
      at: { type: required(dateTime) },
      cursor: { type: required(GraphQLString), description: 'Pass as `after` to read the changes after this one.' },
    },
  })
  return {
    Changes: {
      type: required(
        new GraphQLObjectType({
          name: 'Changes',
          fields: {
            docs: { type: required(new GraphQLList(required(change))) },
            endCursor: { type: GraphQLString, description: 'Pass as `after` for the next page, or later to resume (null when nothing matched).' },
            hasNextPage: { type: required(GraphQLBoolean) },
          },
        }),
      ),
      description: `Published content that became public, changed, or stopped being public (tombstones) since updatedSince (within the last ${changesKeptDays} days), oldest first; each is listed a few seconds after it happens (5 by default), once no earlier save can still commit.`,
      args: {
        updatedSince: { type: required(GraphQLString), description: 'An ISO 8601 date and time; changes at or after it.' },
        collection: { type: collection },
        after: { type: GraphQLString, description: 'The endCursor (or a cursor) of a page already read.' },
        limit: { type: GraphQLInt, description: '1 to 100; 10 when absent.' },
      },
      resolve: (_source: unknown, args: ChangesArgs, context: { req: PayloadRequest }) => readChanges(context.req.payload, args),
    },
  }
}
