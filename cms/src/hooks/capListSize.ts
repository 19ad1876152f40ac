import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../access/isStaff'
import { graphqlLimits } from '../graphql/limits'

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
  if (pagination === false) {
    throw new APIError(`pagination: false is not available; read up to ${graphqlLimits.maxLimit} at a time with limit and page.`, 400, undefined, true)
  }
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= graphqlLimits.maxLimit)) {
    throw new APIError(`limit must be between 1 and ${graphqlLimits.maxLimit} (got ${limit}).`, 400, undefined, true)
  }
  return args
}
