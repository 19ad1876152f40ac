import { resourceKinds, resourceLanguages, resourcePlaces } from '@made-in-la/shared/choices'
import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/collectionAccess'
import { choiceOptions } from '../fields/formField'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'
import { revalidateDeletedDocument, revalidateDocument } from '../hooks/revalidateSite'

/**
 * The screening kit and other downloads: discussion guide, facilitator tips, poster, press kit. Each
 * is a PDF or image in the media library, shown where the editor says (Host a Screening, every
 * screening page, Press) with its type and size.
 */
export const Resources: CollectionConfig<'resources'> = {
  slug: 'resources',
  labels: { singular: 'Download', plural: 'Screening kit & downloads' },
  access: publicContentAccess,
  admin: {
    group: 'Events',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'language', 'showOn', 'updatedAt'],
    description: 'Files for hosts, audiences and the press. Upload the file to the media library (PDF or image), then choose where it is offered.',
  },
  defaultSort: 'order',
  hooks: { afterChange: [revalidateDocument], afterDelete: [revalidateDeletedDocument] },
  fields: [
    requiredInDefaultLocale({ name: 'title', type: 'text', maxLength: 200 }),
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'discussionGuide', options: choiceOptions(resourceKinds), admin: { width: '50%' } },
        { name: 'language', type: 'select', required: true, defaultValue: 'en', options: choiceOptions(resourceLanguages), admin: { width: '50%' } },
      ],
    },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      required: true,
      filterOptions: { mimeType: { in: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] } },
      admin: { description: 'A PDF or an image. Its type and size are shown beside the link.' },
    },
    {
      name: 'showOn',
      label: 'Offered on',
      type: 'select',
      hasMany: true,
      required: true,
      options: choiceOptions(resourcePlaces),
    },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: 'Lower numbers are listed first.' } },
  ],
}
