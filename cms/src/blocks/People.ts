import type { Block } from 'payload'

/** Filmmakers and crew, or the workers featured in the film. */
export const People: Block = {
  slug: 'people',
  interfaceName: 'PeopleBlock',
  labels: { singular: 'People', plural: 'People' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 200 },
    {
      name: 'people',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120 },
        { name: 'role', type: 'text', localized: true, maxLength: 120 },
        { name: 'bio', type: 'textarea', localized: true, maxLength: 2000 },
        { name: 'photo', type: 'upload', relationTo: 'media' },
      ],
    },
  ],
}
