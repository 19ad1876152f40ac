import { isFormName } from '@made-in-la/shared/forms'
import { nearbyRadii } from '@made-in-la/shared/places'
import { screeningsWidget, widgetLimit } from '@made-in-la/shared/screeningsWidget'

/**
 * The canonical form of a page URL, worked out before anything renders or reads the CMS:
 * - the path: no trailing slash, no doubled slashes (a 301 to the canonical one);
 * - the query: only the parameters the page reads, each well formed, first value only, in a fixed
 *   order, defaults left out. Anything else (`utm_*`, `fbclid`, unknown names) is dropped, so it
 *   shares the page's cache entry; a malformed value of a known parameter is a 404.
 * Whether a well-formed value exists (a city, a category, a page number) is the page's data
 * handler's question, answered from cached lists.
 */
type Verdict = 'keep' | 'default' | 'invalid' | { replace: string }
type Rule = (value: string) => Verdict

const pattern =
  (expression: RegExp): Rule =>
  (value) =>
    expression.test(value) ? 'keep' : 'invalid'
const month = pattern(/^\d{4}-(0[1-9]|1[0-2])$/)
const slug = pattern(/^[\w-]{1,120}$/)
// Place names as the CMS stores them: letters in any script, spaces and punctuation, no controls.
const place = pattern(/^[^\p{Cc}]{1,120}$/u)
const radius: Rule = (value) =>
  value === String(nearbyRadii.default) ? 'default' : nearbyRadii.options.some((option) => String(option) === value) ? 'keep' : 'invalid'

/** On every page with a form: the outcome of a post made without JavaScript. */
const formParameters: Record<string, Rule> = {
  sent: (value) => (isFormName(value) ? 'keep' : 'invalid'),
  formState: pattern(/^[\w-]{1,64}$/),
}

const pageParameters: Record<string, Record<string, Rule>> = {
  '/blog': {
    page: (value) => (value === '1' ? 'default' : /^[1-9]\d{0,3}$/.test(value) ? 'keep' : 'invalid'),
    category: slug,
    month,
  },
  '/search': {
    q: pattern(/^[^\p{Cc}]{1,200}$/u),
  },
  '/screenings': {
    scope: (value) => (value === 'upcoming' ? 'default' : value === 'past' ? 'keep' : 'invalid'),
    city: place,
    region: place,
    month,
    near: place,
    radius,
  },
}

/**
 * The screenings widget's frame and data (routes/embed), which vary by what a partner's snippet asks
 * for. A limit past the most the widget lists is that most, so any number shares one cache entry.
 */
const widgetParameters: Record<string, Rule> = {
  locale: (value) => (value === 'en' ? 'default' : value === 'es' ? 'keep' : 'invalid'),
  region: place,
  near: place,
  radius,
  limit: (value) => {
    const limit = widgetLimit(value)
    if (limit === undefined) return 'invalid'
    if (limit === screeningsWidget.limit.default) return 'default'
    return String(limit) === value ? 'keep' : { replace: String(limit) }
  },
}
const embedParameters: Record<string, Record<string, Rule>> = { [screeningsWidget.frame]: widgetParameters, [screeningsWidget.data]: widgetParameters }

/** Paths that are not pages (data, files, the framework's own) or are personal (never cached). */
const notPage = /^\/(?:api|_nuxt|__nuxt[\w-]*|_i18n|media|(?:es\/)?preview|(?:es\/)?subscription)(?:\/|$)|\.[\w]+$/

export type CanonicalUrl = { redirect: string } | { rewrite: string } | { notFound: string } | null

/** What to do with a GET for `url`: redirect, serve under another (canonical) URL, 404, or nothing. */
export const canonicalUrl = (url: string): CanonicalUrl => {
  const at = url.indexOf('?')
  const path = at === -1 ? url : url.slice(0, at)
  const search = at === -1 ? '' : url.slice(at + 1)
  const canonicalPath = path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
  if (canonicalPath !== path) return { redirect: canonicalPath + (at === -1 ? '' : `?${search}`) }
  const embedded = embedParameters[path]
  if ((!embedded && notPage.test(path)) || !search) return null

  const rules = embedded ?? { ...formParameters, ...pageParameters[path.replace(/^\/es(?=\/|$)/, '') || '/'] }
  const given = new URLSearchParams(search)
  const kept: [string, string][] = []
  for (const [name, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    const value = given.get(name)
    if (value === null || value === '') continue
    const verdict = rule(value)
    if (verdict === 'invalid') return { notFound: name }
    if (verdict === 'keep') kept.push([name, value])
    if (typeof verdict === 'object') kept.push([name, verdict.replace])
  }
  const canonical = kept.length ? `${path}?${new URLSearchParams(kept)}` : path
  return canonical === url ? null : { rewrite: canonical }
}
