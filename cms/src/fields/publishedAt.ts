import type { DateField } from 'payload'

/** The date readers see; filled in on first publish when the editor leaves it empty. */
export const publishedAtField = (): DateField => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: 'Shown on the post and used for the monthly archive. Set automatically on publish.',
  },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) => {
        if (siblingData._status === 'published' && !value) return new Date().toISOString()
        return value
      },
    ],
  },
})
