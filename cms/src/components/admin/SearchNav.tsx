import type { ServerProps } from 'payload'

import { adminSearchPath } from '../../search/admin'

/** Above the navigation's links: the search across every list. */
export const SearchNav = ({ payload }: ServerProps) => (
  <a className="mla-search-nav" href={`${payload.config.routes.admin}${adminSearchPath}`}>
    Search every list
  </a>
)
