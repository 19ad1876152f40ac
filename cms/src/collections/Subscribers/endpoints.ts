import { optInEndpoints } from '../../optIn'

/** `POST /api/subscribers/confirm` and `/unsubscribe` (see optIn.ts). */
export const subscriptionEndpoints = optInEndpoints('subscribers')
