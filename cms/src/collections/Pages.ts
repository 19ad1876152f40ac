import type { CollectionConfig } from 'payload'

import { draftableContentAccess } from '../access/collectionAccess'
import { Awards } from '../blocks/Awards'
import { CallToAction } from '../blocks/CallToAction'
import { Content } from '../blocks/Content'
import { Form } from '../blocks/Form'
import { Hero } from '../blocks/Hero'
import { MediaBlock } from '../blocks/MediaBlock'
import { People } from '../blocks/People'
import { PressCoverage } from '../blocks/PressCoverage'
import { ScreeningKit } from '../blocks/ScreeningKit'
import { Resources } from '../blocks/Resources'
import { VideoEmbed } from '../blocks/VideoEmbed'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { draftsWithSchedule } from '../fields/versions'
import { revalidateDeletedDocument, revalidateDocument } from '../hooks/revalidateSite'
import { previewButton, previewUrl } from '../preview'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'

export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  access: draftableContentAccess('pages'),
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    // Opens the latest draft on the site through a signed link (see src/preview.ts).
    preview: previewUrl('pages'),
    components: { edit: { PreviewButton: previewButton } },
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    description: 'Pages such as About the Film, Get Involved, Learn More and Press, built from blocks.',
  },
  versions: draftsWithSchedule,
  hooks: { afterChange: [revalidateDocument], afterDelete: [revalidateDeletedDocument] },
  fields: [
    requiredInDefaultLocale({ name: 'title', type: 'text', maxLength: 200 }),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      admin: { description: 'Introduction under the title; also the default search description.' },
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [Hero, Content, VideoEmbed, CallToAction, MediaBlock, People, Awards, Resources, ScreeningKit, PressCoverage, Form],
      admin: { initCollapsed: false },
    },
    slugField(),
    seoField({ summaryField: 'summary' }),
  ],
}
