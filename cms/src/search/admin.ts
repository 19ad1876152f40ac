import { APIError, type CollectionSlug, getAccessResults, type PayloadRequest, type SanitizedFieldsPermissions, type Where } from 'payload'

/**
 * The team's search in the admin (components/admin/Search.tsx): a few words matched against the
 * title of each list (its `useAsTitle`) and, where a list names people or places, their name, email
 * or city. Each list is read as the signed-in member: lists and fields their role may not read are
 * left out, and rows are filtered as their access rules say (an editor finds only public pledges).
 */
export const adminSearched = [
  { collection: 'posts' },
  { collection: 'pages' },
  { collection: 'screenings', also: ['venue.city'] },
  { collection: 'venues', also: ['city'] },
  { collection: 'hosts' },
  { collection: 'dvds' },
  { collection: 'categories' },
  { collection: 'press-items', also: ['outlet'] },
  { collection: 'resources' },
  { collection: 'host-requests', also: ['name', 'email'] },
  { collection: 'pledges', also: ['city'] },
  { collection: 'comments', also: ['email'] },
  { collection: 'contact-messages', also: ['name', 'email'] },
] as const satisfies { collection: CollectionSlug; also?: string[] }[]

/** Where the search opens in the admin, after its route. */
export const adminSearchPath = '/search'

export const searchTermLength = { min: 2, max: 100 }

/** Why these words cannot be searched for, in words a member can act on; undefined when they can. */
export const searchTermProblem = (query: string) => {
  const text = query.trim()
  if (text.length < searchTermLength.min) return `Type at least ${searchTermLength.min} characters to search.`
  if (text.length > searchTermLength.max) return `Search for at most ${searchTermLength.max} characters (this is ${text.length}).`
  return undefined
}

/** Rows shown for each list; the rest are one click away in the list itself. */
const shownPerList = 5

export type AdminSearchHit = { id: string | number; title: string; detail: string }
export type AdminSearchGroup = { collection: CollectionSlug; label: string; paths: string[]; totalDocs: number; docs: AdminSearchHit[] }

/** Whether a field, nested ones by their dotted path, is one the member may read (and so query). */
const mayRead = (fields: SanitizedFieldsPermissions | undefined, path: string) => {
  let level = fields
  for (const name of path.split('.')) {
    if (level === true) return true
    const field = level?.[name]
    if (!field) return false
    if (field === true) return true
    if (field.read !== true) return false
    level = field.fields ?? true
  }
  return true
}

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, name) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined), doc)

/** Only the fields shown: `{ title: true, venue: { city: true } }` from their paths. */
const selectOf = (paths: string[]) => {
  const select: Record<string, unknown> = {}
  for (const path of paths) {
    const names = path.split('.')
    let level = select
    for (const name of names.slice(0, -1)) level = (level[name] ??= {}) as Record<string, unknown>
    level[names.at(-1)!] = true
  }
  return select
}

/** The same search in one list, as its list view's filter (`where[or][0][title][like]=...`). */
export const listSearchQuery = (paths: string[], query: string) =>
  new URLSearchParams(paths.map((path, index) => [`where[or][${index}][${path}][like]`, query.trim()])).toString()

/** Every list the member may read, with the rows that match (at most five each); lists without any are left out. */
export const adminSearch = async (req: PayloadRequest, query: string): Promise<AdminSearchGroup[]> => {
  const problem = searchTermProblem(query)
  if (problem) throw new APIError(problem, 400, undefined, true)
  const text = query.trim()
  const { payload, user } = req
  const permissions = await getAccessResults({ req })
  const groups = await Promise.all(
    adminSearched.map(async (searched): Promise<AdminSearchGroup | undefined> => {
      const { collection } = searched
      const allowed = permissions.collections?.[collection]
      if (!allowed?.read) return undefined
      const config = payload.collections[collection].config
      const titlePath = config.admin.useAsTitle ?? 'id'
      const paths = [titlePath, ...('also' in searched ? searched.also : [])].filter((path) => mayRead(allowed.fields, path))
      if (paths.length === 0) return undefined
      const where: Where = { or: paths.map((path) => ({ [path]: { like: text } })) }
      const found = await payload.find({
        collection,
        where,
        select: selectOf(paths) as never,
        limit: shownPerList,
        depth: 0,
        // The latest draft, as the admin lists them.
        draft: Boolean(config.versions?.drafts),
        locale: req.locale ?? undefined,
        user,
        overrideAccess: false,
        req,
      })
      if (found.totalDocs === 0) return undefined
      const label = typeof config.labels.plural === 'string' ? config.labels.plural : collection
      const docs = found.docs.map((doc) => {
        const row = doc as unknown as Record<string, unknown>
        const detail = paths
          .slice(1)
          .map((path) => valueAt(row, path))
          .filter((value) => typeof value === 'string' && value)
          .join(' · ')
        return { id: row.id as string | number, title: String(valueAt(row, titlePath) || `Untitled (${row.id})`), detail }
      })
      return { collection, label, paths, totalDocs: found.totalDocs, docs }
    }),
  )
  return groups.filter((group) => group !== undefined)
}
