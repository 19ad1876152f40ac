/** The public GraphQL contract's limits, written once in shared/ for the CMS and the For developers page. */
export { graphqlLimits } from '@made-in-la/shared/apiLimits'
