import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/collectionAccess'
import { slugField } from '../fields/slug'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  access: publicContentAccess,
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
    description: 'Topics that group blog posts; each has its own page on the blog.',
  },
  fields: [
    requiredInDefaultLocale({ name: 'title', type: 'text', maxLength: 120 }),
    { name: 'description', type: 'textarea', localized: true, maxLength: 500 },
    slugField(),
  ],
}
