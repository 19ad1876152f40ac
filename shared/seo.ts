/** The site's name, which ends the title of every page (web/app/app.vue). */
export const siteName = 'Made in L.A.'

/** A page's title in a browser tab and in search results: its own title, then the site's name. */
export const pageTitle = (title: string) => `${title} · ${siteName}`

/** About how much of a title and a description a search result shows before cutting it short (Google's). */
export const searchResultLength = { title: 60, description: 155 }

/** Text cut to at most `max` characters at a word boundary, ending in "…" when it was cut. */
export const shortenAt = (text: string, max: number) => {
  const words = text.replace(/\s+/g, ' ').trim()
  if (words.length <= max) return words
  // The last space that leaves room for the ellipsis; a first word longer than that is cut inside it.
  const lastSpace = words.lastIndexOf(' ', max - 1)
  const kept = words.slice(0, lastSpace > 0 ? lastSpace : max - 1)
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`
}
