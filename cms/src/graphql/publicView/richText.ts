import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'
import { documentPath } from '@made-in-la/shared/redirects'
import escapeHtml from 'escape-html'
import sanitizeHtml from 'sanitize-html'

import type { PublicUrls } from './urls'

type Doc = Record<string, unknown>
type Media = { url?: string | null; alt?: string | null; width?: number | null; height?: number | null; mimeType?: string | null; filename?: string | null }
type Step = { text?: string | null; linkLabel?: string | null; linkUrl?: string | null }

/** What partners get of a rich-text field: HTML they can place in their page as is, and its words alone. */
export type RichTextOut = { html: string; text: string }

const image = (media: unknown, caption: unknown, urls: PublicUrls) => {
  if (!media || typeof media !== 'object') return ''
  const { url, alt, width, height } = media as Media
  if (!url) return ''
  const size = width && height ? ` width="${width}" height="${height}"` : ''
  const img = `<img src="${escapeHtml(urls.media(url))}" alt="${escapeHtml(alt ?? '')}"${size}>`
  return `<figure>${img}${typeof caption === 'string' && caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`
}

/**
 * The editor's own nodes as HTML, the blocks written here: a video is a link to it with its title (a
 * partner chooses whether to embed a player), a call to action a heading and a numbered list, an
 * image a figure. Links inside the site point at the site.
 */
const htmlConverters = (urls: PublicUrls): HTMLConverters => ({
  ...defaultHTMLConverters,
  ...LinkHTMLConverter({
    internalDocToHref: ({ linkNode }) => {
      const { relationTo, value } = (linkNode.fields.doc ?? {}) as { relationTo?: string; value?: Doc | string }
      const slug = value && typeof value === 'object' ? value.slug : undefined
      return relationTo && typeof slug === 'string' ? documentPath(relationTo, slug) : '#'
    },
  }),
  upload: ({ node }) => image((node as { value?: unknown }).value, undefined, urls),
  blocks: {
    videoEmbed: ({ node }) => {
      const { url, title, credit, caption } = node.fields as Doc
      if (typeof url !== 'string') return ''
      const said = [credit, caption].filter((part): part is string => typeof part === 'string' && part !== '').map((part) => escapeHtml(part))
      const link = `<a href="${escapeHtml(url)}">${escapeHtml(typeof title === 'string' ? title : url)}</a>`
      return `<figure>${link}${said.length ? `<figcaption>${said.join(' · ')}</figcaption>` : ''}</figure>`
    },
    callToAction: ({ node }) => {
      const { heading, intro, steps } = node.fields as { heading?: string; intro?: string; steps?: Step[] }
      const items = (steps ?? []).map(({ text, linkLabel, linkUrl }) => {
        const link = linkUrl ? ` <a href="${escapeHtml(linkUrl)}">${escapeHtml(linkLabel || linkUrl)}</a>` : ''
        return `<li>${escapeHtml(text ?? '')}${link}</li>`
      })
      return `${heading ? `<h3>${escapeHtml(heading)}</h3>` : ''}${intro ? `<p>${escapeHtml(intro)}</p>` : ''}<ol>${items.join('')}</ol>`
    },
    mediaBlock: ({ node }) => {
      const { media, caption } = node.fields as Doc
      return image(media, caption, urls)
    },
  },
})

/** The blocks' words, for the plain-text form (Payload's walk finds none in a block's fields). */
const plaintextConverters: PlaintextConverters = {
  blocks: {
    videoEmbed: ({ node }) => {
      const { title, credit, caption } = node.fields as Doc
      return [title, credit, caption].filter((part) => typeof part === 'string' && part !== '').join('\n')
    },
    callToAction: ({ node }) => {
      const { heading, intro, steps } = node.fields as { heading?: string; intro?: string; steps?: Step[] }
      const lines = (steps ?? []).map(({ text }, index) => `${index + 1}. ${text ?? ''}`)
      return [heading, intro, ...lines].filter(Boolean).join('\n')
    },
    mediaBlock: ({ node }) => {
      const { caption } = node.fields as Doc
      return typeof caption === 'string' ? caption : ''
    },
  },
}

/**
 * Whatever reached the HTML (an editor's link, a pasted attribute) passes this list: text structure,
 * links and images, no scripts, styles, frames or event handlers; http(s) and mailto links only, each
 * made absolute on the site (images on the CMS), so the HTML reads the same on any partner's page.
 */
const sanitize = (html: string, urls: PublicUrls) =>
  sanitizeHtml(html, {
    allowedTags: [
      'p',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'strong',
      'b',
      'em',
      'i',
      'u',
      's',
      'sub',
      'sup',
      'code',
      'br',
      'hr',
      'figure',
      'figcaption',
      'img',
      'span',
    ],
    allowedAttributes: { a: ['href', 'rel', 'target'], img: ['src', 'alt', 'width', 'height'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...(attribs.href ? { href: urls.site(attribs.href) } : {}) } }),
    },
  })

const isEditorState = (value: unknown): value is Parameters<typeof convertLexicalToHTML>[0]['data'] =>
  !!value && typeof value === 'object' && 'root' in value && !!(value as { root?: unknown }).root

/** A stored rich-text value as sanitized HTML and plain text; empty strings for an empty field. */
export const richTextOut = (value: unknown, urls: PublicUrls): RichTextOut => {
  if (!isEditorState(value)) return { html: '', text: '' }
  const html = convertLexicalToHTML({ data: value, converters: htmlConverters(urls), disableContainer: true, disableIndent: true, disableTextAlign: true })
  const text = convertLexicalToPlaintext({ data: value, converters: plaintextConverters })
  return { html: sanitize(html, urls).trim(), text: text.replace(/\n{3,}/g, '\n\n').trim() }
}
