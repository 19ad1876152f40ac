import { adminSearchPath, searchTermLength } from '../../search/admin'

/** The search box: a plain form, so it works before any script has loaded. */
export const SearchForm = ({ adminRoute, query = '', autoFocus = false }: { adminRoute: string; query?: string; autoFocus?: boolean }) => (
  <form className="mla-search-form" role="search" method="get" action={`${adminRoute}${adminSearchPath}`}>
    <label htmlFor="mla-search-query">Search titles, names, emails and cities in every list you may read</label>
    <div>
      <input
        id="mla-search-query"
        type="search"
        name="q"
        defaultValue={query}
        minLength={searchTermLength.min}
        maxLength={searchTermLength.max}
        required
        autoFocus={autoFocus}
      />
      <button type="submit" className="btn btn--style-primary btn--size-medium">
        Search
      </button>
    </div>
  </form>
)
