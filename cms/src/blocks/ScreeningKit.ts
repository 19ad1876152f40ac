import { resourcePlaces } from '@made-in-la/shared/choices'
import type { Block } from 'payload'

import { choiceOptions } from '../fields/formField'

/** The downloads offered on one kind of page (Screening kit & downloads), e.g. on Host a Screening or Press. */
export const ScreeningKit: Block = {
  slug: 'screeningKit',
  interfaceName: 'ScreeningKitBlock',
  labels: { singular: 'Screening kit & downloads', plural: 'Screening kit & downloads' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
      maxLength: 200,
      admin: { description: 'Leave empty for "Screening kit" or "Press kit" in the visitor\'s language.' },
    },
    {
      name: 'place',
      type: 'select',
      required: true,
      defaultValue: 'host',
      options: choiceOptions(resourcePlaces),
      admin: { description: 'Lists the downloads offered here.' },
    },
  ],
}
