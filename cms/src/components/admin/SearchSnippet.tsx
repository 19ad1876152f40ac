'use client'
import type { ClientCollectionConfig, UIFieldClientProps } from 'payload'

import { documentPath, localePath } from '@made-in-la/shared/redirects'
import { pageTitle, searchResultLength, shortenAt } from '@made-in-la/shared/seo'
import { Button, useConfig, useDocumentInfo, useField, useFormFields, useLocale } from '@payloadcms/ui'
import { slugify } from 'payload/shared'

import type { SearchSnippetProps } from '../../fields/seo'

const textOf = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '')

/** Whether a search result shows all of a text (`what`), or only about `shown` of its characters. */
const CutHint = ({ what, length, shown }: { what: string; length: number; shown: number }) =>
  length > shown ? (
    <span className="mla-snippet__cut">
      Results show about {shown} of the {length} characters of {what}: the end is cut off.
    </span>
  ) : null

/**
 * In a document's "Search & sharing" group: the document as a search result would show it, from the
 * form as it is typed, in the language being edited (the site's own fallbacks included: the title,
 * then the excerpt or summary), with buttons that fill the search title and description from them.
 */
export const SearchSnippet = ({ path, siteUrl, summaryField, metaLength }: UIFieldClientProps & SearchSnippetProps) => {
  const group = path.slice(0, path.lastIndexOf('.'))
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const titleField = (getEntityConfig({ collectionSlug }) as ClientCollectionConfig | undefined)?.admin?.useAsTitle ?? 'title'
  const locale = useLocale()
  const title = useFormFields(([fields]) => textOf(fields[titleField]?.value))
  const summary = useFormFields(([fields]) => textOf(fields[summaryField]?.value))
  const slug = useFormFields(([fields]) => textOf(fields.slug?.value))
  const metaTitle = useField<string>({ path: `${group}.title` })
  const metaDescription = useField<string>({ path: `${group}.description` })

  const ownTitle = textOf(metaTitle.value)
  const ownDescription = textOf(metaDescription.value)
  const shownTitle = pageTitle(ownTitle || title || 'Untitled')
  const description = ownDescription || summary
  const url = `${siteUrl}${localePath(documentPath(collectionSlug ?? '', slug || slugify(title) || '…'), locale.code)}`
  const titleForMeta = shortenAt(title, metaLength.title)
  const summaryForMeta = shortenAt(summary, metaLength.description)

  return (
    <div className="mla-snippet field-type">
      <p className="mla-snippet__heading">
        In search results{locale.code !== 'en' ? ` (${typeof locale.label === 'string' ? locale.label : locale.code})` : ''}
      </p>
      <div className="mla-snippet__result" data-snippet>
        <span className="mla-snippet__url">{url}</span>
        <span className="mla-snippet__title">{shortenAt(shownTitle, searchResultLength.title)}</span>
        <span className="mla-snippet__description">
          {description ? shortenAt(description, searchResultLength.description) : 'No description: search engines pick some text from the page.'}
        </span>
      </div>
      <ul className="mla-snippet__counts">
        <li>
          {ownTitle ? (
            <span className={ownTitle.length > metaLength.title ? 'mla-snippet__over' : undefined}>
              Search title: {ownTitle.length} of {metaLength.title} characters.
            </span>
          ) : (
            <span>Search title empty: the title is used.</span>
          )}{' '}
          <CutHint what="the title with the site's name" length={shownTitle.length} shown={searchResultLength.title} />
        </li>
        <li>
          {ownDescription ? (
            <span className={ownDescription.length > metaLength.description ? 'mla-snippet__over' : undefined}>
              Search description: {ownDescription.length} of {metaLength.description} characters.
            </span>
          ) : (
            <span>Search description empty: {summary ? `the ${summaryField} is used.` : `the ${summaryField} is empty too.`}</span>
          )}{' '}
          <CutHint what="the description" length={description.length} shown={searchResultLength.description} />
        </li>
      </ul>
      <div className="mla-snippet__actions">
        <Button buttonStyle="secondary" size="small" disabled={!title || titleForMeta === ownTitle} onClick={() => metaTitle.setValue(titleForMeta)}>
          Use the title
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          disabled={!summary || summaryForMeta === ownDescription}
          onClick={() => metaDescription.setValue(summaryForMeta)}
        >
          Use the {summaryField}
        </Button>
      </div>
    </div>
  )
}
