import type { Block } from 'payload'

/** Lists published press items, newest first, and the downloadable press kit. */
export const PressCoverage: Block = {
  slug: 'pressCoverage',
  interfaceName: 'PressCoverageBlock',
  labels: { singular: 'Press coverage', plural: 'Press coverage' },
  fields: [
    { name: 'heading', type: 'text', localized: true, defaultValue: 'In the press', maxLength: 200 },
    { name: 'limit', type: 'number', defaultValue: 20, min: 1, max: 100 },
    {
      name: 'pressKit',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      admin: { description: 'Files visitors can download: press notes, stills, posters.' },
    },
  ],
}
