import type { Block } from 'payload'

import { linkField } from '../fields/link'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'
import { descriptiveLinkText } from '../fields/linkText'

/** A numbered list of actions, as at the end of the "Restore Fairness" post. */
export const CallToAction: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    requiredInDefaultLocale({ name: 'heading', type: 'text', defaultValue: 'Take action', maxLength: 200 }),
    { name: 'intro', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'steps',
      type: 'array',
      minRows: 1,
      maxRows: 20,
      required: true,
      labels: { singular: 'Step', plural: 'Steps' },
      admin: { description: 'Shown as a numbered list, in this order.' },
      fields: [
        requiredInDefaultLocale({ name: 'text', type: 'textarea', maxLength: 1000 }),
        descriptiveLinkText({ name: 'linkLabel', type: 'text', localized: true, maxLength: 120 }),
        linkField({ name: 'linkUrl', documentName: 'linkDocument' }),
      ],
    },
  ],
}
