import type { GroupField } from 'payload'

import { env } from '../env'

/** How long the search title and description may be. */
export const metaLength = { title: 70, description: 200 }

/** What the snippet preview is told (components/admin/SearchSnippet.tsx). */
export type SearchSnippetProps = { siteUrl: string; summaryField: string; metaLength: typeof metaLength }

/**
 * Search and sharing text; the site falls back to the title and to `summaryField` (a post's excerpt,
 * a page's summary, a screening's description) when left empty. A preview above the fields shows the
 * document as a search result, in the language being edited.
 */
export const seoField = ({ summaryField }: { summaryField: string }): GroupField => ({
  name: 'meta',
  label: 'Search & sharing',
  type: 'group',
  admin: {
    description: 'How this appears on search engines and when shared on social media.',
  },
  fields: [
    {
      name: 'snippet',
      type: 'ui',
      admin: {
        disableListColumn: true,
        components: {
          Field: {
            path: '@/components/admin/SearchSnippet#SearchSnippet',
            clientProps: { siteUrl: env.sitePublicUrl, summaryField, metaLength } satisfies SearchSnippetProps,
          },
        },
      },
    },
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: metaLength.title,
      admin: { description: `Up to ${metaLength.title} characters. Defaults to the title.` },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: metaLength.description,
      admin: { description: `Up to ${metaLength.description} characters. Defaults to the ${summaryField}.` },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Sharing card image, ideally 1200 x 630. Defaults to the hero image.' },
    },
  ],
})
