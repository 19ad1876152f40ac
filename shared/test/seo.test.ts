import { expect, test } from 'vitest'

import { localePath } from '../redirects'
import { pageTitle, shortenAt } from '../seo'

test('a text too long is cut at a word boundary, within the limit, ending in an ellipsis', () => {
  const excerpt = 'Our friends at Breakthrough launched Restore Fairness, a campaign for due process.'
  expect(shortenAt(excerpt, 200)).toBe(excerpt)
  expect(shortenAt(excerpt, 40)).toBe('Our friends at Breakthrough launched…')
  expect(shortenAt(excerpt, 55)).toBe('Our friends at Breakthrough launched Restore Fairness…')
  expect(shortenAt('  spaced   out\ntext ', 20)).toBe('spaced out text')
  expect(shortenAt('Supercalifragilistic', 10)).toBe('Supercali…')
  for (const max of [10, 37, 54, 60]) expect(shortenAt(excerpt, max).length).toBeLessThanOrEqual(max)
})

test("a page's title ends with the site's name; Spanish pages live under /es", () => {
  expect(pageTitle('Screenings')).toBe('Screenings · Made in L.A.')
  expect(localePath('/blog/a-post', 'es')).toBe('/es/blog/a-post')
  expect(localePath('/blog/a-post', 'en')).toBe('/blog/a-post')
})
