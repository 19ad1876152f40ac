import type { Block } from 'payload'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'

export const Awards: Block = {
  slug: 'awards',
  interfaceName: 'AwardsBlock',
  labels: { singular: 'Awards', plural: 'Awards' },
  fields: [
    { name: 'heading', type: 'text', localized: true, defaultValue: 'Awards', maxLength: 200 },
    {
      name: 'awards',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        requiredInDefaultLocale({ name: 'name', type: 'text', maxLength: 200 }),
        { name: 'festival', type: 'text', maxLength: 200 },
        { name: 'year', type: 'number', min: 1900, max: 2100 },
      ],
    },
  ],
}
