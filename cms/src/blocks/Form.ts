import type { Block } from 'payload'

/** Places one of the site's participation forms on a page. */
export const Form: Block = {
  slug: 'form',
  interfaceName: 'FormBlock',
  labels: { singular: 'Form', plural: 'Forms' },
  fields: [
    {
      name: 'form',
      type: 'select',
      required: true,
      options: [
        { label: 'Host a screening', value: 'hostRequest' },
        { label: 'Pledge', value: 'pledge' },
        { label: 'Sign up for updates', value: 'subscribe' },
        { label: 'Contact', value: 'contact' },
      ],
    },
    { name: 'heading', type: 'text', localized: true, maxLength: 200 },
    { name: 'intro', type: 'textarea', localized: true, maxLength: 1000 },
  ],
}
