/**
 * Every choice list, once, with its labels in both languages: the CMS's select options, the values
 * the GraphQL API and the forms accept, and the labels the site shows all come from here.
 */
export type Label = { en: string; es: string }
export type ChoiceList<Value extends string = string> = { values: readonly [Value, ...Value[]]; labels: Record<Value, Label> }

const choiceList = <const Labels extends Record<string, Label>>(labels: Labels): ChoiceList<Extract<keyof Labels, string>> => ({
  values: Object.keys(labels) as [Extract<keyof Labels, string>, ...Extract<keyof Labels, string>[]],
  labels: labels as Record<Extract<keyof Labels, string>, Label>,
})

export const venueTypes = choiceList({
  community: { en: 'Community centre', es: 'Centro comunitario' },
  school: { en: 'School', es: 'Escuela' },
  university: { en: 'College / university', es: 'Universidad' },
  worship: { en: 'Place of worship', es: 'Lugar de culto' },
  union: { en: 'Union hall', es: 'Sindicato' },
  cinema: { en: 'Cinema', es: 'Cine' },
  home: { en: 'Home', es: 'Casa' },
  other: { en: 'Other', es: 'Otro' },
})

export const licences = choiceList({
  home: { en: 'Home use', es: 'Uso doméstico' },
  educational: { en: 'K-12, public library & community groups', es: 'Escuelas, bibliotecas públicas y grupos comunitarios' },
  university: { en: 'College / university with public performance rights', es: 'Universidades, con derechos de exhibición pública' },
  digitalSite: { en: 'Digital site licence (streaming)', es: 'Licencia digital (streaming)' },
  communityKit: { en: 'Community screening kit', es: 'Kit para proyecciones comunitarias' },
})

export const dvdFormats = choiceList({
  dvd: { en: 'DVD', es: 'DVD' },
  bluray: { en: 'Blu-ray', es: 'Blu-ray' },
  digital: { en: 'Digital', es: 'Digital' },
})

export const availabilities = choiceList({
  inStock: { en: 'In stock', es: 'Disponible' },
  preOrder: { en: 'Pre-order', es: 'Preventa' },
  outOfStock: { en: 'Out of stock', es: 'Agotado' },
  discontinued: { en: 'Discontinued', es: 'Descatalogado' },
})

export const screeningStatuses = choiceList({
  scheduled: { en: 'Scheduled', es: 'Programada' },
  cancelled: { en: 'Cancelled', es: 'Cancelada' },
  postponed: { en: 'Postponed', es: 'Aplazada' },
})

/** A choice's label in a language (English for any other). */
export const resourceKinds = choiceList({
  discussionGuide: { en: 'Discussion guide', es: 'Guía de discusión' },
  facilitatorTips: { en: 'Facilitator tips', es: 'Consejos para facilitar' },
  poster: { en: 'Poster', es: 'Cartel' },
  pressKit: { en: 'Press kit', es: 'Kit de prensa' },
  other: { en: 'Other', es: 'Otro' },
})

export const resourcePlaces = choiceList({
  host: { en: 'Host a screening page', es: 'Página para organizar una proyección' },
  screening: { en: 'Every screening page', es: 'Cada página de proyección' },
  press: { en: 'Press page', es: 'Página de prensa' },
})

export const resourceLanguages = choiceList({
  en: { en: 'English', es: 'Inglés' },
  es: { en: 'Spanish', es: 'Español' },
  bilingual: { en: 'English and Spanish', es: 'Inglés y español' },
})

/** The social networks the footer links to, by their own names. */
export const socialNetworks = choiceList({
  facebook: { en: 'Facebook', es: 'Facebook' },
  instagram: { en: 'Instagram', es: 'Instagram' },
  x: { en: 'X', es: 'X' },
  bluesky: { en: 'Bluesky', es: 'Bluesky' },
  youtube: { en: 'YouTube', es: 'YouTube' },
  vimeo: { en: 'Vimeo', es: 'Vimeo' },
  tiktok: { en: 'TikTok', es: 'TikTok' },
  mastodon: { en: 'Mastodon', es: 'Mastodon' },
})

/** How far from their place a visitor wants to hear about screenings, in kilometres. */
export const alertRadii = choiceList({
  '25': { en: '25 km (16 mi)', es: '25 km' },
  '50': { en: '50 km (31 mi)', es: '50 km' },
  '100': { en: '100 km (62 mi)', es: '100 km' },
  '250': { en: '250 km (155 mi)', es: '250 km' },
})

export const choiceLabel = <Value extends string>(list: ChoiceList<Value>, value: Value, locale: string) =>
  list.labels[value]?.[locale === 'es' ? 'es' : 'en'] ?? value
