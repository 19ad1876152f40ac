'use client'
import { useConfig, useDocumentInfo, useField, useForm, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Stored = Record<string, unknown> | undefined

/** The English document, read once per document and save for every field that shows it. */
const englishReads = new Map<string, Promise<Stored>>()
const readEnglish = (url: string): Promise<Stored> => {
  if (!englishReads.has(url)) {
    englishReads.set(
      url,
      fetch(url, { credentials: 'include' })
        .then((response) => (response.ok ? (response.json() as Promise<Stored>) : undefined))
        .catch(() => undefined),
    )
  }
  return englishReads.get(url)!
}

type RichText = { root: { children?: unknown[] } }
const isRichText = (value: unknown): value is RichText => Boolean(value && typeof value === 'object' && 'root' in value)

/** A rich text's words, paragraph by paragraph, to show beside its field (blocks say nothing here). */
const plainText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, type } = node as { text?: unknown; children?: unknown[]; type?: string }
  if (typeof text === 'string') return text
  const inner = (children ?? []).map(plainText).join('')
  return type === 'paragraph' || type === 'heading' || type === 'listitem' ? `${inner}\n` : inner
}

/** The value at a form path ("layout.0.heading") in a document as the REST API gives it. */
const valueAt = (document: Stored, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), document)

/**
 * Under a translatable text or rich-text field, while the team writes another language: the English
 * text, and a button that copies it in to start from (Payload's own "Copy to locale" only copies
 * *from* the language being edited). Nothing shows in English, or when the field has no English text.
 * Rich text is shown as its words and copied whole, blocks included: the editor starts again from it.
 */
export const EnglishBeside = ({ path }: { path: string }) => {
  const locale = useLocale()
  const { id, collectionSlug, globalSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { value, setValue } = useField<unknown>({ path })
  const { dispatchFields, setModified } = useForm()
  const [english, setEnglish] = useState<string | RichText>()
  // English is the default language: the one every other falls back to.
  const inEnglish = !config.localization || locale.code === config.localization.defaultLocale

  useEffect(() => {
    if (inEnglish) return
    const where = globalSlug ? `globals/${globalSlug}` : collectionSlug && id ? `${collectionSlug}/${encodeURIComponent(String(id))}` : undefined
    if (!where) return
    let current = true
    const url = `${config.serverURL}${config.routes.api}/${where}?locale=en&fallback-locale=none&depth=0&draft=true&v=${lastUpdateTime}`
    void readEnglish(url).then((document) => {
      const stored = valueAt(document, path)
      const written = isRichText(stored) ? plainText(stored.root).trim() !== '' : typeof stored === 'string' && stored.trim() !== ''
      if (current) setEnglish(written ? (stored as string | RichText) : undefined)
    })
    return () => {
      current = false
    }
  }, [inEnglish, globalSlug, collectionSlug, id, lastUpdateTime, path, config.serverURL, config.routes.api])

  if (inEnglish || !english) return null
  const rich = isRichText(english)
  const shown = rich ? plainText(english.root).trim() : english
  return (
    <div className="mla-english">
      <span className="mla-english__label">English:</span> <span className={`mla-english__text${rich ? ' mla-english__text--rich' : ''}`}>{shown}</span>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small mla-english__copy"
        disabled={!rich && value === english}
        onClick={() => {
          // A rich-text editor starts again only from a new initial value.
          if (rich) dispatchFields({ type: 'UPDATE', path, value: english, initialValue: english })
          else setValue(english)
          setModified(true)
        }}
      >
        Copy from English
      </button>
    </div>
  )
}
