/**
 * @nuxtjs/i18n serves each language's messages at /_i18n/<hash>/<locale>/messages.json and looks the
 * locale up in a plain object: `__proto__` or `constructor` there was a 500. Only the site's own
 * languages get through; anything else is a 404.
 */
const messages = /^\/_i18n\/[^/]+\/([^/]+)\/messages\.json$/

export default defineEventHandler((event) => {
  const locale = messages.exec(event.path.split('?')[0]!)?.[1]
  if (locale !== undefined && !isSiteLocale(locale)) throw createError({ statusCode: 404, statusMessage: 'Not found' })
})
