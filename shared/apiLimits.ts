/**
 * The public GraphQL API's limits, at least as strict as graphql-armor's defaults: enforced by the CMS
 * (cms/src/graphql/) and shown to partners on the site's For developers page.
 */
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
  /** Points for each value in a `where` (cms/src/graphql/cost.ts): a condition the database checks on every row. */
  whereConditionCost: 10,
} as const

/** Points each client address may spend a minute, unless the CMS's `GRAPHQL_POINTS_PER_MINUTE` says otherwise. */
export const defaultGraphqlPointsPerMinute = 30_000
