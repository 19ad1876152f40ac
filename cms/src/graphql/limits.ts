/** The public GraphQL contract's limits, written once in shared/ for the CMS and the For developers page. */
import { graphqlLimits } from '@made-in-la/shared/apiLimits'

export { graphqlLimits }

/**
 * A `where` from any API client, over REST and GraphQL alike (hooks/capWhereSize.ts): as many
 * conditions as one GraphQL request's cost can hold, and nested as deep as four levels of and/or with
 * a list of values at the bottom (each and/or is two levels: its list and the objects in it).
 */
export const whereLimits = {
  maxConditions: graphqlLimits.maxCost / graphqlLimits.whereConditionCost,
  maxDepth: 12,
} as const
