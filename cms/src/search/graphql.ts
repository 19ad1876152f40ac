import type * as GraphQLModule from 'graphql'
import type { PayloadRequest } from 'payload'

import { search } from './index'

type GraphQL = typeof GraphQLModule

/** `Search(query, locale, limit)`: what the site's search page and partners ask. */
export const searchQueries = (GraphQL: GraphQL, results: { types: Record<string, unknown> }) => {
  const { GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const required = <T extends GraphQLModule.GraphQLType>(type: T) => new GraphQLNonNull(type)
  const locale = results.types.localeInputType as GraphQLModule.GraphQLInputType | undefined
  const hit = new GraphQLObjectType({
    name: 'SearchHit',
    fields: {
      collection: { type: required(GraphQLString), description: 'posts, pages, screenings, dvds or press-items.' },
      slug: { type: GraphQLString },
      url: { type: GraphQLString, description: "The page's path on the public site (without the /es prefix)." },
      title: { type: required(GraphQLString) },
      excerpt: { type: required(GraphQLString), description: 'About 200 characters around the first match.' },
      terms: { type: required(new GraphQLList(required(GraphQLString))), description: 'The indexed words that matched (lower case, without accents).' },
      score: { type: required(GraphQLFloat) },
    },
  })
  return {
    Search: {
      type: required(
        new GraphQLObjectType({
          name: 'SearchResults',
          fields: { docs: { type: required(new GraphQLList(required(hit))) }, totalDocs: { type: required(GraphQLInt) } },
        }),
      ),
      description: 'Full-text search of published posts, pages, screenings, DVD editions and press items, in one language, best first.',
      args: { query: { type: required(GraphQLString) }, limit: { type: GraphQLInt }, ...(locale ? { locale: { type: locale } } : {}) },
      resolve: (_source: unknown, args: { query: string; limit?: number; locale?: string }, context: { req: PayloadRequest }) =>
        search(context.req.payload, args.query, args.locale ?? 'en', args.limit ?? 20),
    },
  }
}
