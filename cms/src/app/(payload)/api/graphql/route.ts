import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlPost } from '@/graphql/handler'
import { persistedQueryGet } from '@/graphql/persisted'
import { publicGraphqlEndpoint } from '@/graphql/publicEndpoint'

export const POST = publicGraphqlEndpoint(graphqlPost(config))

export const GET = persistedQueryGet(POST)

export const OPTIONS = REST_OPTIONS(config)
