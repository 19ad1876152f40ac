import type { ServerProps } from 'payload'

import { countPending, pendingListUrl } from './pendingWork'

/** Above the navigation's links: how much waits in each list, each a link to what is pending there. */
export const PendingNav = async ({ payload, user }: ServerProps) => {
  const pending = (await countPending(payload, user)).filter(({ count }) => count > 0)
  if (pending.length === 0) return null
  return (
    <nav className="mla-pending-nav" aria-label="Waiting for you">
      <p>Waiting for you</p>
      <ul>
        {pending.map((kind) => (
          <li key={kind.collection}>
            <a href={pendingListUrl(payload.config.routes.admin, kind)}>
              {kind.label} <span className="mla-badge">{kind.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
