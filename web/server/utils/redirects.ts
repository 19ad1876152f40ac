import { RedirectsDocument } from '@made-in-la/shared/graphql'
import { documentPath, oldPath } from '@made-in-la/shared/redirects'

const fetchRedirects = cachedCmsQuery('redirects', (page: number) => cmsQuery(RedirectsDocument, { page }))

/** Old address (lower case) → where it leads; a post, page or screening not published leads nowhere. */
const loadTable = async () => {
  const table = new Map<string, string>()
  for (let page = 1; page <= 50; page++) {
    const { Redirects } = await fetchRedirects(page)
    for (const { from, to } of Redirects?.docs ?? []) {
      const reference = to?.reference
      const slug = reference?.value && 'slug' in reference.value ? reference.value.slug : undefined
      const target = to?.type === 'custom' ? to.url : reference?.relationTo && slug ? documentPath(reference.relationTo, slug) : undefined
      if (target) table.set(oldPath(from).toLowerCase(), target)
    }
    if (!Redirects?.hasNextPage) break
  }
  return table
}

// Held in memory for 30 s (the CMS read behind it is cached like any other): every request asks.
let held: { at: number; table: Promise<Map<string, string>> } | undefined

/** Forgets the table, so the next request reads it again (after the CMS says something changed). */
export const forgetRedirects = () => {
  held = undefined
}

/** Where an old address leads, if an editor said so: its path and query, or its path alone. */
export const redirectTarget = async (url: string): Promise<string | undefined> => {
  if (!held || Date.now() - held.at > 30_000) held = { at: Date.now(), table: loadTable().catch(() => new Map()) }
  const table = await held.table
  if (!table.size) return undefined
  const key = oldPath(url).toLowerCase()
  const target = table.get(key) ?? table.get(key.split('?')[0]!)
  return target && target !== url ? target : undefined
}
