import type { GroupField } from 'payload'

/** Search and sharing text; the site falls back to the title and excerpt when left empty. */
export const seoField = (): GroupField => ({
  name: 'meta',
  label: 'Search & sharing',
  type: 'group',
  admin: {
    description: 'How this appears on search engines and when shared on social media.',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 70,
      admin: { description: 'Up to 70 characters. Defaults to the title.' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 200,
      admin: { description: 'Up to 200 characters. Defaults to the excerpt or summary.' },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Sharing card image, ideally 1200 x 630. Defaults to the hero image.' },
    },
  ],
})
