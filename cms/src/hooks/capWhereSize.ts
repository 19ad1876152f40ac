import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { whereLimits } from '../graphql/limits'
import { limitMessage } from '../limitMessage'

/** Operators whose comma-separated text Payload reads as a list (`where[id][in]=1,2,3`). */
const listOperators = new Set(['in', 'not_in', 'all'])

/**
 * The conditions in a `where` (each value the database compares, each item of a list counted) and how
 * deep it is nested. Walked without recursion, and given up once past either limit: the input is the
 * client's, however deep.
 */
export const whereSize = (where: unknown) => {
  let conditions = 0
  let depth = 0
  const pending: { value: unknown; key: string; level: number }[] = [{ value: where, key: '', level: 0 }]
  while (pending.length && conditions <= whereLimits.maxConditions && depth <= whereLimits.maxDepth) {
    const { value, key, level } = pending.pop()!
    if (value && typeof value === 'object') {
      depth = Math.max(depth, level + 1)
      for (const [childKey, child] of Object.entries(value)) pending.push({ value: child, key: childKey, level: level + 1 })
    } else {
      conditions += typeof value === 'string' && listOperators.has(key) ? value.split(',').length : 1
    }
  }
  return { conditions, depth }
}

/**
 * A `where` is a condition the database checks on every row, built into SQL on the CMS's one thread:
 * from any API client, over REST (query string or a read sent as a POST) and GraphQL alike, it holds
 * at most as many conditions as one GraphQL request's cost allows, nested a few levels deep;
 * otherwise a 400 naming `where`. Every operation that takes one meets it: lists, counts, distinct
 * values, bulk updates and deletes. Staff too: the admin's filters hold a few conditions and its
 * pickers a page of ids (250 at most), while an OR of a thousand conditions was a 500 from SQLite
 * (its expression tree is at most 1,000 deep) for anyone.
 */
export const capWhereSize: CollectionBeforeOperationHook = ({ args, req }) => {
  const { currentDepth, overrideAccess, where } = args as { currentDepth?: number; overrideAccess?: boolean; where?: unknown }
  // Payload's own reads during a request (an API key's account, relationships) are not the client's.
  if (!where || req.payloadAPI === 'local' || overrideAccess || currentDepth !== undefined) return args
  const { conditions, depth } = whereSize(where)
  const { maxConditions, maxDepth } = whereLimits
  if (conditions > maxConditions) {
    const message = limitMessage({
      production: 'where holds more conditions than this API allows; ask for fewer.',
      withNumbers: `where holds more than ${maxConditions} conditions (each value of a list counts); ask for fewer.`,
    })
    throw new APIError(message, 400, undefined, true)
  }
  if (depth > maxDepth) {
    const message = limitMessage({
      production: 'where is nested deeper than this API allows.',
      withNumbers: `where is nested more than ${maxDepth} levels deep (each and/or is two).`,
    })
    throw new APIError(message, 400, undefined, true)
  }
  return args
}
