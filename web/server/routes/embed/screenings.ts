import { screeningsWidget } from '@made-in-la/shared/screeningsWidget'

import type { ScreeningsWidgetView } from '../../utils/screeningsWidget'

/**
 * The widget as a document to frame, for partners whose content security policy runs no outside
 * script: the same view and stylesheet as embed/screenings.js, rendered here, with no script at all.
 * Any site may frame it (plugins/securityHeaders.ts): it has links and nothing to click that acts.
 * Links open in the partner's tab, as a link of theirs would. A frame cannot take the partner's fonts,
 * so it uses the reader's system font.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

const screeningItem = (screening: ScreeningsWidgetView['screenings'][number], calendarLabel: string) =>
  [
    '<li class="mila-screening">',
    `<h2 class="mila-title"><a href="${escapeHtml(screening.url)}">${escapeHtml(screening.title)}</a></h2>`,
    `<p class="mila-when"><time datetime="${escapeHtml(screening.startsAt)}">${escapeHtml(screening.date)}</time><br>${escapeHtml(screening.times)}</p>`,
    `<p class="mila-where">${escapeHtml(screening.venue)}</p>`,
    screening.distance ? `<p class="mila-distance">${escapeHtml(screening.distance)}</p>` : '',
    screening.status ? `<p class="mila-status">${escapeHtml(screening.status)}</p>` : '',
    `<p class="mila-calendar"><a href="${escapeHtml(screening.calendarUrl)}">${escapeHtml(calendarLabel)}<span class="mila-hidden">: ${escapeHtml(screening.title)}</span> (.ics)</a></p>`,
    '</li>',
  ].join('')

const frameDocument = (view: ScreeningsWidgetView) => `<!doctype html>
<html lang="${view.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(view.heading)}</title>
<base target="_top">
<link rel="stylesheet" href="${screeningsWidget.stylesheet}">
</head>
<body class="mila-frame">
<main class="mila" aria-labelledby="mila-heading">
<h1 class="mila-heading" id="mila-heading">${escapeHtml(view.heading)}</h1>
${view.screenings.length ? `<ul class="mila-list">${view.screenings.map((screening) => screeningItem(screening, view.calendarLabel)).join('')}</ul>` : ''}
${view.empty ? `<p class="mila-empty">${escapeHtml(view.empty)}</p>` : ''}
<p class="mila-links">${view.links.map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>`).join(' ')}</p>
</main>
</body>
</html>
`

export default defineEventHandler(async (event) => {
  const view = await screeningsWidgetView(event)
  setResponseHeader(event, 'content-type', 'text/html; charset=utf-8')
  return frameDocument(view)
})
