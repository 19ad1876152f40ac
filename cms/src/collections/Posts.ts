import type { CollectionConfig } from 'payload'

import { draftableContentAccess } from '../access/collectionAccess'
import { richTextEditor } from '../blocks/richText'
import { publishedAtField } from '../fields/publishedAt'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { draftsWithSchedule } from '../fields/versions'
import { revalidateDeletedDocument, revalidateDocument } from '../hooks/revalidateSite'
import { setAuthorName } from '../hooks/setAuthorName'
import { previewButton, previewUrl } from '../preview'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'

export const Posts: CollectionConfig<'posts'> = {
  slug: 'posts',
  labels: { singular: 'Blog post', plural: 'Blog posts' },
  access: draftableContentAccess('posts'),
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    // Opens the latest draft on the site through a signed link (see src/preview.ts).
    preview: previewUrl('posts'),
    components: { edit: { PreviewButton: previewButton } },
    defaultColumns: ['title', 'publishedAt', 'categories', '_status', 'updatedAt'],
    description: 'The campaign blog. Save a draft, preview it, then publish now or schedule it.',
    listSearchableFields: ['title', 'slug', 'excerpt'],
  },
  defaultSort: '-publishedAt',
  defaultPopulate: { title: true, slug: true, excerpt: true, heroImage: true, publishedAt: true },
  versions: draftsWithSchedule,
  hooks: { afterChange: [revalidateDocument], afterDelete: [revalidateDeletedDocument] },
  fields: [
    requiredInDefaultLocale({ name: 'title', type: 'text', maxLength: 200 }),
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      admin: { description: 'One or two sentences shown in lists and when shared.' },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Wide image shown above the post and on its card.' },
    },
    requiredInDefaultLocale({ name: 'content', type: 'richText', editor: richTextEditor }),
    {
      name: 'relatedPosts',
      type: 'relationship',
      relationTo: 'posts',
      hasMany: true,
      maxRows: 6,
      // Each related post can pull its own relations: weigh it above a plain relationship (10).
      graphQL: { complexity: 25 },
      filterOptions: ({ id }) => (id ? { id: { not_in: [id] } } : true),
      admin: { position: 'sidebar' },
    },
    slugField(),
    publishedAtField(),
    {
      name: 'author',
      type: 'text',
      maxLength: 120,
      admin: { position: 'sidebar', description: 'Byline. Defaults to your name.' },
      hooks: { beforeChange: [setAuthorName] },
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      maxRows: 20,
      admin: { position: 'sidebar', description: 'Free keywords, e.g. immigration, due process.' },
    },
    seoField({ summaryField: 'excerpt' }),
  ],
}
