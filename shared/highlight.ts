/**
 * A text cut into pieces, the words that match a search marked: a word matches when, without case
 * or accents, it starts with one of the terms. The site renders the pieces as text and <mark>, never
 * as HTML.
 */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

export const highlight = (text: string, terms: string[]): { text: string; mark: boolean }[] => {
  const wanted = terms.map(fold).filter(Boolean)
  const pieces: { text: string; mark: boolean }[] = []
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue
    const mark = /[\p{L}\p{N}]/u.test(part) && wanted.some((term) => fold(part).startsWith(term))
    const last = pieces.at(-1)
    if (last && last.mark === mark && !mark) last.text += part
    else pieces.push({ text: part, mark })
  }
  return pieces
}
