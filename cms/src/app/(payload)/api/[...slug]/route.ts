/* Payload's REST routes, with malformed requests refused first (src/rest/checkedRequest.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { checkedRest } from '@/rest/checkedRequest'

export const GET = checkedRest(REST_GET(config))
export const POST = checkedRest(REST_POST(config))
export const DELETE = checkedRest(REST_DELETE(config))
export const PATCH = checkedRest(REST_PATCH(config))
export const PUT = checkedRest(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
