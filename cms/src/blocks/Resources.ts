import type { Block } from 'payload'

import { urlField } from '../fields/url'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'

/** Links to resources and partner organisations (Learn More, Get Involved, "Tell Congress" actions). */
export const Resources: Block = {
  slug: 'resources',
  interfaceName: 'ResourcesBlock',
  labels: { singular: 'Links & partners', plural: 'Links & partners' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 200 },
    {
      name: 'links',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        requiredInDefaultLocale({ name: 'title', type: 'text', maxLength: 200 }),
        urlField({ name: 'url', required: true }),
        { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'resource',
          options: [
            { label: 'Resource', value: 'resource' },
            { label: 'Partner organisation', value: 'partner' },
            { label: 'Action', value: 'action' },
          ],
        },
      ],
    },
  ],
}
