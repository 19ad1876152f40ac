/**
 * The screenings widget partners embed (issue 16, item 8): its element, its addresses on the site,
 * how many screenings it lists, and the snippets the Spread the Word page offers.
 */
export const screeningsWidget = {
  element: 'mila-screenings',
  script: '/embed/screenings.js',
  stylesheet: '/embed/screenings.css',
  data: '/embed/screenings.json',
  frame: '/embed/screenings',
  limit: { default: 5, max: 20 },
} as const

/** A `limit` as the widget takes it: a whole number, at most the maximum, or undefined when it is none. */
export const widgetLimit = (value: string): number | undefined => {
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) return undefined
  return Math.min(Number(value), screeningsWidget.limit.max)
}

/**
 * What a partner pastes, in a language: the web component (a plain link inside it stays when scripts
 * cannot run; its files are fetched without credentials) or the frame (loaded without the reader's
 * cookies where the browser supports `credentialless`).
 */
export const widgetSnippets = (siteUrl: string, locale: 'en' | 'es', heading: string) => {
  const site = siteUrl.replace(/\/$/, '')
  const screeningsPage = `${site}${locale === 'es' ? '/es' : ''}/screenings`
  const lang = locale === 'es' ? ' lang="es"' : ''
  return {
    script: [
      `<script src="${site}${screeningsWidget.script}" defer crossorigin="anonymous"></script>`,
      `<${screeningsWidget.element}${lang} limit="${screeningsWidget.limit.default}">`,
      `  <a href="${screeningsPage}">${heading}</a>`,
      `</${screeningsWidget.element}>`,
    ].join('\n'),
    frame: `<iframe src="${site}${screeningsWidget.frame}${locale === 'es' ? '?locale=es' : ''}" title="${heading}" width="100%" height="480" loading="lazy" credentialless></iframe>`,
  }
}
