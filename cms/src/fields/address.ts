import type { Field, GroupField } from 'payload'

import { isStaffField } from '../access/isStaff'
import { urlField } from './url'

/** A venue's own fields: on a screening (its public copy) and in the list of saved venues. */
export const venueFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, maxLength: 200 },
  {
    type: 'row',
    fields: [
      { name: 'address', type: 'text', maxLength: 300, admin: { width: '50%' } },
      { name: 'postalCode', type: 'text', maxLength: 20, admin: { width: '50%' } },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'city', type: 'text', required: true, index: true, maxLength: 120, admin: { width: '33%' } },
      {
        name: 'region',
        label: 'State / region',
        type: 'text',
        index: true,
        maxLength: 120,
        admin: { width: '33%' },
      },
      {
        name: 'country',
        type: 'text',
        required: true,
        defaultValue: 'US',
        maxLength: 2,
        minLength: 2,
        admin: { width: '33%', description: 'Two-letter country code, e.g. US, MX, CA.' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'latitude', type: 'number', min: -90, max: 90, index: true, admin: { width: '50%' } },
      { name: 'longitude', type: 'number', min: -180, max: 180, index: true, admin: { width: '50%' } },
    ],
  },
  {
    name: 'matchedPlace',
    type: 'text',
    maxLength: 200,
    admin: {
      readOnly: true,
      description: 'Where the coordinates came from, when they were filled in from the city (or US ZIP code). Edit them to correct the pin.',
      condition: (_data, siblingData) => Boolean(siblingData?.matchedPlace),
    },
  },
]

/**
 * Where a screening happens. Coordinates left empty are filled in from the city or ZIP code when the
 * screening is saved (see places/fillCoordinates.ts).
 */
export const venueField = (): GroupField => ({
  name: 'venue',
  type: 'group',
  fields: venueFields(),
})

/** A host organisation's own fields: on a screening and in the list of saved hosts. */
export const hostFields = (): Field[] => [{ name: 'name', type: 'text', maxLength: 200 }, urlField({ name: 'url' })]

/**
 * Pick a saved venue or host (or add one in place with +) and its fields are copied into the
 * screening's own, which stay what the public reads. The team's pick, never shown publicly.
 */
export const savedPick = (name: string, relationTo: 'venues' | 'hosts', target: string, label: string): Field => ({
  name,
  label,
  type: 'relationship',
  relationTo,
  access: { read: isStaffField },
  admin: {
    description: `Pick a saved ${relationTo === 'venues' ? 'venue' : 'host'} to fill in the fields below, or add a new one with +.`,
    components: {
      afterInput: [
        {
          path: '@/components/admin/FillFromSaved#FillFromSaved',
          // A saved venue's time zone is the screening's own (Payload keeps it beside the start time).
          clientProps: { collection: relationTo, target, elsewhere: relationTo === 'venues' ? { timeZone: 'startsAt_tz' } : {} },
        },
      ],
    },
  },
})
