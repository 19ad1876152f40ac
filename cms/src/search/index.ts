import { documentPath } from '@made-in-la/shared/redirects'
import MiniSearch from 'minisearch'
import { APIError, type Payload, type SanitizedConfig } from 'payload'

import { foldName } from '../places/places'

/**
 * Site search: an in-memory full-text index (MiniSearch) of what the public can read (published
 * posts, pages, screenings, DVD editions and press items), one per language, built on first use from
 * the Local API with anonymous access and dropped when any of those collections changes (and at
 * most a minute old, for copies of the CMS that did not see the change). Words match without regard
 * to case or accents, by prefix, and forgive a typo in longer words.
 */
export const searchedCollections = ['posts', 'pages', 'screenings', 'dvds', 'press-items'] as const
type Searched = (typeof searchedCollections)[number]

type Entry = { id: string; collection: Searched; slug: string | null; url: string | null; title: string; text: string }

/** Every string a visitor reads in a document: rich text's words, block headings, list items. */
const wordsIn = (value: unknown, into: string[] = []): string[] => {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) wordsIn(item, into)
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // Identifiers, addresses and settings are not words anyone reads.
      if (/^(id|blockType|blockName|type|format|version|direction|mode|style|url|link|href|rel|target|relationTo|icon|tag|listType|indent|value)$/.test(key))
        continue
      wordsIn(item, into)
    }
  }
  return into
}

const entryOf = (collection: Searched, doc: Record<string, unknown>): Entry => {
  const slug = typeof doc.slug === 'string' ? doc.slug : null
  const text = (fields: string[]) =>
    wordsIn(fields.map((field) => doc[field]))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
  const base = { id: `${collection}:${String(doc.id)}`, collection, slug, url: slug ? documentPath(collection, slug) : null }
  switch (collection) {
    case 'posts':
      return { ...base, title: String(doc.title ?? ''), text: text(['excerpt', 'content', 'tags', 'author']) }
    case 'pages':
      return { ...base, title: String(doc.title ?? ''), text: text(['summary', 'layout']) }
    case 'screenings':
      return { ...base, title: String(doc.title ?? ''), text: text(['description', 'venue', 'host']) }
    case 'dvds':
      return { ...base, url: '/buy-the-dvd', title: String(doc.title ?? ''), text: text(['summary', 'includes', 'orderInstructions']) }
    case 'press-items':
      return { ...base, url: '/press', title: String(doc.headline ?? ''), text: text(['outlet', 'pullQuote']) }
  }
}

const build = async (payload: Payload, locale: string) => {
  const index = new MiniSearch<Entry>({
    fields: ['title', 'text'],
    storeFields: ['collection', 'slug', 'url', 'title', 'text'],
    processTerm: (term) => foldName(term) || null,
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0), combineWith: 'AND' },
  })
  for (const collection of searchedCollections) {
    for (let page = 1; page <= 20; page++) {
      // As an anonymous visitor: drafts and anything private stay out of the index.
      const result = await payload.find({ collection, locale: locale as 'en', depth: 0, limit: 100, page, overrideAccess: false, draft: false })
      index.addAll(result.docs.map((doc) => entryOf(collection, doc as unknown as Record<string, unknown>)))
      if (!result.hasNextPage) break
    }
  }
  return index
}

const built = new Map<string, { at: number; index: Promise<MiniSearch<Entry>> }>()

const forget = () => {
  built.clear()
}

/** The searched collections drop the index when anything in them is saved or deleted. */
export const forgetSearchOnChange = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections.filter((candidate) => (searchedCollections as readonly string[]).includes(candidate.slug))) {
    collection.hooks.afterChange = [...(collection.hooks.afterChange ?? []), forget]
    collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), forget]
  }
  return config
}

/** A stretch of the text around the first word that matched, about 200 characters. */
const excerptOf = (text: string, terms: string[]) => {
  const folded = foldName(text)
  const at = terms.map((term) => folded.indexOf(term)).filter((position) => position >= 0)
  // Folding keeps one character for each letter, so a position in the folded text is close in the original.
  const start = Math.max(0, (at.length ? Math.min(...at) : 0) - 60)
  const from = start ? text.indexOf(' ', start) + 1 : 0
  const slice = text.slice(from, from + 200)
  return `${from ? '… ' : ''}${slice}${from + 200 < text.length ? ' …' : ''}`
}

export type SearchHit = { collection: Searched; slug: string | null; url: string | null; title: string; excerpt: string; terms: string[]; score: number }

export const search = async (payload: Payload, query: string, locale: string, limit = 20): Promise<{ docs: SearchHit[]; totalDocs: number }> => {
  const text = query.trim()
  if (!text || text.length > 200) throw new APIError('query must be 1 to 200 characters.', 400, undefined, true)
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new APIError(`limit must be between 1 and 50 (got ${limit}).`, 400, undefined, true)
  let held = built.get(locale)
  if (!held || Date.now() - held.at > 60_000) {
    held = { at: Date.now(), index: build(payload, locale) }
    built.set(locale, held)
    held.index.catch(() => built.delete(locale))
  }
  const results = (await held.index).search(text)
  return {
    totalDocs: results.length,
    docs: results.slice(0, limit).map((result) => ({
      collection: result.collection as Searched,
      slug: result.slug as string | null,
      url: result.url as string | null,
      title: result.title as string,
      excerpt: excerptOf(result.text as string, result.terms),
      terms: result.terms,
      score: Math.round(result.score * 1000) / 1000,
    })),
  }
}
