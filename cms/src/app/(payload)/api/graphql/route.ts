import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { countUsage, partnerByKey } from '@/collections/Partners/keys'

import { graphqlPost } from '@/graphql/handler'
import { persistedQueryGet } from '@/graphql/persisted'
import { publicGraphqlEndpoint } from '@/graphql/publicEndpoint'

export const POST = publicGraphqlEndpoint(graphqlPost(config), {
  byKey: async (key) => partnerByKey(await getPayload({ config }), key),
  count: countUsage,
})

export const GET = persistedQueryGet(POST)

export const OPTIONS = REST_OPTIONS(config)
