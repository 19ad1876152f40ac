/** The public GraphQL contract's limits, at least as strict as graphql-armor's defaults. */
export const graphqlLimits = {
  /** Depth counted from the root, so 6 levels below Payload's `Posts { docs { ... } }` wrapper. */
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 1000,
  maxCost: 5000,
  /** Payload's own complexity estimate (relationships count 10 each). */
  maxComplexity: 1000,
  maxLimit: 100,
  maxBodyBytes: 100 * 1024,
  /** Points for each value in a `where` (graphql/cost.ts): a condition the database checks on every row. */
  whereConditionCost: 10,
} as const

/**
 * A `where` from any API client, over REST and GraphQL alike (hooks/capWhereSize.ts): as many
 * conditions as one GraphQL request's cost can hold, and nested as deep as four levels of and/or with
 * a list of values at the bottom (each and/or is two levels: its list and the objects in it).
 */
export const whereLimits = {
  maxConditions: graphqlLimits.maxCost / graphqlLimits.whereConditionCost,
  maxDepth: 12,
} as const
