import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { publicGraphqlEndpoint } from '@/graphql/publicEndpoint'

export const POST = publicGraphqlEndpoint(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
