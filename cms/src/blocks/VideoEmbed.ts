import { isVideoUrl } from '@made-in-la/shared/video'
import type { Block } from 'payload'

import { urlField } from '../fields/url'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'

/** A Vimeo or YouTube video, pasted by URL. The site shows a poster until the reader presses play. */
export const VideoEmbed: Block = {
  slug: 'videoEmbed',
  interfaceName: 'VideoEmbedBlock',
  labels: { singular: 'Video', plural: 'Videos' },
  fields: [
    urlField({
      name: 'url',
      required: true,
      admin: { description: 'A YouTube or Vimeo address, e.g. https://vimeo.com/123456789' },
      validate: (value: unknown) =>
        typeof value === 'string' && isVideoUrl(value) ? true : 'Enter a YouTube or Vimeo address, e.g. https://vimeo.com/123456789',
    }),
    requiredInDefaultLocale({ name: 'title', type: 'text', maxLength: 200 }),
    { name: 'credit', type: 'text', localized: true, maxLength: 200, admin: { description: 'e.g. "by Breakthrough"' } },
    { name: 'caption', type: 'textarea', localized: true, maxLength: 500 },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Optional still shown before the video plays.' },
    },
  ],
}
