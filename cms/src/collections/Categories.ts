import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { slugField } from '../fields/slug'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
    description: 'Topics that group blog posts; each has its own page on the blog.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 500 },
    slugField(),
  ],
}
