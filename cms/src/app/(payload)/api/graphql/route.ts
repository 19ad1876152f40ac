import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlPost } from '@/graphql/handler'
import { publicGraphqlEndpoint } from '@/graphql/publicEndpoint'

export const POST = publicGraphqlEndpoint(graphqlPost(config))

export const OPTIONS = REST_OPTIONS(config)
