import type { GraphQLNullableType } from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

/**
 * The only public window on submissions: approved comments under a post, and approved pledges that
 * their signers agreed to show and a moderator featured. Names and text only; the collections
 * themselves stay closed to everyone but staff.
 */
export const publicSubmissionQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const nonNull = <T extends GraphQLNullableType>(type: T) => new GraphQLNonNull(type)

  const PublicComment = new GraphQLObjectType({
    name: 'PublicComment',
    fields: {
      id: { type: nonNull(GraphQLString) },
      name: { type: nonNull(GraphQLString) },
      body: { type: nonNull(GraphQLString) },
      createdAt: { type: nonNull(GraphQLString) },
    },
  })
  const PublicPledge = new GraphQLObjectType({
    name: 'PublicPledge',
    fields: {
      id: { type: nonNull(GraphQLString) },
      name: { type: nonNull(GraphQLString) },
      city: { type: nonNull(GraphQLString) },
      message: { type: GraphQLString },
    },
  })

  return {
    ApprovedComments: {
      type: nonNull(new GraphQLList(nonNull(PublicComment))),
      args: { post: { type: nonNull(GraphQLString) }, limit: { type: GraphQLInt } },
      resolve: async (_: unknown, args: { post: string; limit?: number }, context: { req: PayloadRequest }) => {
        const { docs } = await context.req.payload.find({
          collection: 'comments',
          where: { and: [{ post: { equals: args.post } }, { status: { equals: 'approved' } }] },
          sort: 'createdAt',
          limit: Math.min(args.limit ?? 100, 100),
          depth: 0,
          overrideAccess: true,
        })
        return docs.map(({ id, name, body, createdAt }) => ({ id, name, body, createdAt }))
      },
    },
    FeaturedPledges: {
      type: nonNull(new GraphQLList(nonNull(PublicPledge))),
      args: { limit: { type: GraphQLInt } },
      resolve: async (_: unknown, args: { limit?: number }, context: { req: PayloadRequest }) => {
        const { docs } = await context.req.payload.find({
          collection: 'pledges',
          where: { and: [{ status: { equals: 'approved' } }, { featured: { equals: true } }, { consentToShow: { equals: true } }] },
          sort: '-createdAt',
          limit: Math.min(args.limit ?? 12, 100),
          depth: 0,
          overrideAccess: true,
        })
        return docs.map(({ id, name, city, message }) => ({ id, name, city, message }))
      },
    },
  }
}
