import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/collectionAccess'
import { calendarDateField } from '../fields/calendarDate'
import { urlField } from '../fields/url'
import { revalidateDeletedDocument, revalidateDocument } from '../hooks/revalidateSite'

export const PressItems: CollectionConfig<'press-items'> = {
  slug: 'press-items',
  labels: { singular: 'Press item', plural: 'Press coverage' },
  access: publicContentAccess,
  admin: {
    group: 'Content',
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'outlet', 'publishedOn', 'featured'],
    description: 'Reviews and articles about the film, shown on the Press page.',
  },
  defaultSort: '-publishedOn',
  hooks: { afterChange: [revalidateDocument], afterDelete: [revalidateDeletedDocument] },
  fields: [
    { name: 'outlet', type: 'text', required: true, maxLength: 120, admin: { description: 'e.g. Los Angeles Times' } },
    { name: 'headline', type: 'text', required: true, maxLength: 300 },
    calendarDateField({ name: 'publishedOn', required: true, index: true }),
    urlField({ name: 'url', admin: { description: 'Link to the article, if online.' } }),
    { name: 'pullQuote', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Show the quote on the home page.' },
    },
  ],
}
