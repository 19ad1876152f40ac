import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../access/isStaff'
import { graphqlLimits } from '../graphql/limits'
import { limitMessage } from '../limitMessage'

const { maxLimit } = graphqlLimits

/** Whether `limit` is a page size this API serves (1 to 100). */
export const isServedLimit = (limit: unknown) => Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= maxLimit

/** Why a `limit` is refused, over REST and GraphQL alike. */
export const limitRefused = (limit: unknown) =>
  limitMessage({ production: 'limit must be a page size this API serves.', withNumbers: `limit must be between 1 and ${maxLimit} (got ${String(limit)}).` })

const paginationRefused = () =>
  limitMessage({
    production: 'pagination: false is not available; read a page at a time with limit and page.',
    withNumbers: `pagination: false is not available; read up to ${maxLimit} at a time with limit and page.`,
  })

/**
 * Every list read over REST or GraphQL returns 1 to 100 documents, whatever asked for more (`limit: 0`
 * means "all" to Payload, and so does `pagination: false`). Checked in the operation itself, so inline
 * values, variables, their defaults and query strings all meet it. Staff are exempt: the admin lists
 * up to 250 related documents at once, and checks relationships with unpaginated reads.
 */
export const capListSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || 'id' in args) return args
  const { currentDepth, limit, overrideAccess, pagination } = args as { currentDepth?: number; limit?: number; overrideAccess?: boolean; pagination?: boolean }
  // Payload's own reads during a request: finding the account of an API key, filling in relationships.
  if (overrideAccess || currentDepth !== undefined || isStaff({ req })) return args
  if (pagination === false) throw new APIError(paginationRefused(), 400, undefined, true)
  if (limit !== undefined && !isServedLimit(limit)) throw new APIError(limitRefused(limit), 400, undefined, true)
  return args
}
