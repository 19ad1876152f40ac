import { socialNetworks } from '@made-in-la/shared/choices'
import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { choiceOptions } from '../fields/formField'
import { linkField } from '../fields/link'
import { urlField } from '../fields/url'
import { revalidateGlobal } from '../hooks/revalidateSite'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'
import { descriptiveLinkText } from '../fields/linkText'

const linkFields = [
  descriptiveLinkText(requiredInDefaultLocale({ name: 'label', type: 'text', maxLength: 80 })),
  linkField({ name: 'link', documentName: 'linkDocument', required: true }),
]

export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: 'Site settings',
  access: { read: anyone, update: isEditor },
  admin: {
    group: 'Settings',
    description: 'Navigation, footer, social links, the trailer and the default share text.',
  },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Navigation',
          fields: [
            {
              name: 'navigation',
              type: 'array',
              labels: { singular: 'Menu item', plural: 'Menu items' },
              maxRows: 20,
              admin: { description: 'The main menu, in order.' },
              fields: [...linkFields],
            },
          ],
        },
        {
          label: 'Footer',
          name: 'footer',
          fields: [
            { name: 'text', type: 'textarea', localized: true, maxLength: 1000 },
            {
              type: 'row',
              fields: [
                { name: 'creditLabel', type: 'text', localized: true, defaultValue: 'Site by', maxLength: 40 },
                { name: 'creditName', type: 'text', maxLength: 120 },
                urlField({ name: 'creditUrl' }),
              ],
            },
            {
              name: 'links',
              type: 'array',
              maxRows: 20,
              fields: [...linkFields],
            },
          ],
        },
        {
          label: 'Social & sharing',
          fields: [
            {
              name: 'socialLinks',
              type: 'array',
              maxRows: 12,
              fields: [
                {
                  name: 'network',
                  type: 'select',
                  required: true,
                  options: choiceOptions(socialNetworks),
                },
                urlField({ name: 'url', required: true }),
              ],
            },
            {
              name: 'share',
              type: 'group',
              fields: [
                {
                  name: 'message',
                  type: 'textarea',
                  localized: true,
                  maxLength: 280,
                  admin: { description: 'Suggested text on "Spread the Word" share links.' },
                },
                { name: 'hashtags', type: 'text', hasMany: true, maxRows: 5 },
                { name: 'image', type: 'upload', relationTo: 'media', admin: { description: 'Default sharing card.' } },
              ],
            },
          ],
        },
        {
          label: 'Trailer',
          name: 'trailer',
          fields: [
            urlField({ name: 'url', admin: { description: 'YouTube or Vimeo address of the trailer.' } }),
            { name: 'title', type: 'text', localized: true, maxLength: 200 },
            { name: 'poster', type: 'upload', relationTo: 'media' },
          ],
        },
        {
          label: 'Actions',
          fields: [
            {
              name: 'actionLinks',
              type: 'array',
              maxRows: 12,
              admin: { description: 'External calls to action, such as "Tell Congress".' },
              fields: [
                descriptiveLinkText(requiredInDefaultLocale({ name: 'label', type: 'text', maxLength: 120 })),
                urlField({ name: 'url', required: true }),
                { name: 'description', type: 'textarea', localized: true, maxLength: 500 },
              ],
            },
          ],
        },
      ],
    },
  ],
}
