import type { GlobalConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { publicUnlessForgedPreview } from '../access/publishedOrEditor'
import { revalidateGlobal } from '../hooks/revalidateSite'
import { globalPreviewUrl, previewButton } from '../preview'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'
import { linkField } from '../fields/link'
import { descriptiveLinkText } from '../fields/linkText'

export const HomePage: GlobalConfig<'home-page'> = {
  slug: 'home-page',
  label: 'Home page',
  access: { read: publicUnlessForgedPreview('home-page'), update: isEditor },
  admin: {
    group: 'Settings',
    description: 'The front page: headline, introduction and which sections appear.',
    // The page as the form would make it, beside the form (live preview) or in a tab.
    preview: globalPreviewUrl('home-page'),
    components: { elements: { PreviewButton: previewButton } },
  },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    requiredInDefaultLocale({ name: 'heading', type: 'text', defaultValue: 'Made in L.A.', maxLength: 200 }),
    { name: 'tagline', type: 'textarea', localized: true, maxLength: 500 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        { name: 'showTrailer', type: 'checkbox', defaultValue: true, admin: { width: '33%' } },
        { name: 'latestPostsCount', type: 'number', defaultValue: 3, min: 0, max: 12, admin: { width: '33%' } },
        {
          name: 'upcomingScreeningsCount',
          type: 'number',
          defaultValue: 3,
          min: 0,
          max: 12,
          admin: { width: '33%' },
        },
      ],
    },
    { name: 'showFeaturedPledges', type: 'checkbox', defaultValue: true },
    {
      name: 'callsToAction',
      type: 'array',
      maxRows: 6,
      labels: { singular: 'Call to action', plural: 'Calls to action' },
      fields: [
        requiredInDefaultLocale({ name: 'heading', type: 'text', maxLength: 120 }),
        { name: 'text', type: 'textarea', localized: true, maxLength: 500 },
        descriptiveLinkText(requiredInDefaultLocale({ name: 'buttonLabel', type: 'text', maxLength: 60 })),
        linkField({ name: 'link', documentName: 'linkDocument', required: true }),
      ],
    },
  ],
}
