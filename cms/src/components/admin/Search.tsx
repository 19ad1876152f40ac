import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { adminSearch, adminSearchPath, listSearchQuery, searchTermProblem } from '../../search/admin'
import { SearchForm } from './SearchForm'

/**
 * The admin's search across lists: what matches, grouped by list, as the signed-in member may read
 * it, each row opening its edit view. Custom views are not behind the admin's sign-in: it checks itself.
 */
export const Search = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user || !permissions.canAccessAdmin) redirect(`${adminRoute}/login?${new URLSearchParams({ redirect: `${adminRoute}${adminSearchPath}` })}`)
  const query = typeof searchParams?.q === 'string' ? searchParams.q.trim() : ''
  const problem = query ? searchTermProblem(query) : undefined
  const groups = query && !problem ? await adminSearch(req, query) : []

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter className="mla-search">
        <h1>Search</h1>
        <SearchForm adminRoute={adminRoute} query={query} autoFocus={!query} />
        {problem && <p role="alert">{problem}</p>}
        {query && !problem && groups.length === 0 && <p>Nothing found for “{query}”.</p>}
        {groups.map((group) => (
          <section key={group.collection} aria-labelledby={`mla-search-${group.collection}`}>
            <h2 id={`mla-search-${group.collection}`}>
              {group.label} <span className="mla-search__count">{group.totalDocs}</span>
            </h2>
            <ul className="mla-list">
              {group.docs.map((doc) => (
                <li key={doc.id}>
                  <a href={`${adminRoute}/collections/${group.collection}/${doc.id}`}>{doc.title}</a>
                  {doc.detail && <span>{doc.detail}</span>}
                </li>
              ))}
            </ul>
            {group.totalDocs > group.docs.length && (
              <a className="mla-search__more" href={`${adminRoute}/collections/${group.collection}?${listSearchQuery(group.paths, query)}`}>
                All {group.totalDocs} in {group.label}
              </a>
            )}
          </section>
        ))}
      </Gutter>
    </DefaultTemplate>
  )
}
