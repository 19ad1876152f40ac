import { screeningStatuses } from '@made-in-la/shared/choices'
import type { CollectionConfig } from 'payload'

import { draftableContentAccess } from '../access/collectionAccess'
import { isStaffField } from '../access/isStaff'
import { listViews } from '../components/admin/lists'
import { hostFields, savedPick, venueField } from '../fields/address'
import { currencyField } from '../fields/currency'
import { choiceOptions } from '../fields/formField'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { confirmChosenStartTime, venueTimeFields } from '../fields/venueTime'
import { draftsWithSchedule } from '../fields/versions'
import { fillCoordinates } from '../places/fillCoordinates'
import { queueScreeningAlerts } from './ScreeningAlerts/deliveries'
import { revalidateDeletedDocument, revalidateDocument } from '../hooks/revalidateSite'
import { previewButton, previewUrl } from '../preview'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'

const priceWhenPaid = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
  if (siblingData.isFree) return true
  if (typeof value !== 'number') return 'Enter a price, or tick "Free admission".'
  return value >= 0 ? true : 'price cannot be negative.'
}

export const Screenings: CollectionConfig<'screenings'> = {
  slug: 'screenings',
  labels: { singular: 'Screening', plural: 'Screenings' },
  access: draftableContentAccess('screenings'),
  admin: {
    group: 'Events',
    useAsTitle: 'title',
    // Opens the latest draft on the site through a signed link (see src/preview.ts).
    preview: previewUrl('screenings'),
    defaultColumns: ['title', 'startsAt', 'startsAt_tz', 'venue.city', 'status', '_status'],
    components: {
      edit: { PreviewButton: previewButton },
      beforeListTable: [
        listViews('screenings', [
          { label: 'Upcoming', field: 'startsAt', since: 'now-or-later', sort: 'startsAt' },
          { label: 'Past', field: 'startsAt', since: 'before-now', sort: '-startsAt' },
          { label: 'Drafts', where: { _status: 'draft' } },
          { label: 'All' },
        ]),
      ],
    },
    description: "Community screenings of the film. Times are entered and shown in the venue's time zone (chosen beside the start time), wherever you are.",
    listSearchableFields: ['title', 'venue.city', 'venue.region'],
  },
  defaultSort: 'startsAt',
  versions: draftsWithSchedule,
  hooks: {
    beforeValidate: [confirmChosenStartTime],
    beforeChange: [fillCoordinates],
    afterChange: [revalidateDocument, queueScreeningAlerts],
    afterDelete: [revalidateDeletedDocument],
  },
  fields: [
    requiredInDefaultLocale({ name: 'title', type: 'text', maxLength: 200 }),
    ...venueTimeFields(),
    savedPick('savedVenue', 'venues', 'venue', 'Saved venue'),
    venueField(),
    savedPick('savedHost', 'hosts', 'host', 'Saved host'),
    { name: 'host', label: 'Host organisation', type: 'group', fields: hostFields() },
    { name: 'description', type: 'textarea', localized: true, maxLength: 5000 },
    {
      name: 'admission',
      type: 'group',
      fields: [
        { name: 'isFree', label: 'Free admission', type: 'checkbox', defaultValue: true },
        {
          type: 'row',
          fields: [
            {
              name: 'price',
              type: 'number',
              min: 0,
              admin: { width: '50%', condition: (_, sibling) => !sibling?.isFree },
              validate: priceWhenPaid,
            },
            currencyField({ admin: { width: '50%', condition: (_, sibling) => !sibling?.isFree } }),
          ],
        },
        urlField({ name: 'rsvpUrl', label: 'Tickets / RSVP link' }),
      ],
    },
    {
      name: 'accessibility',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      admin: { description: 'Step-free access, captions, interpretation, hearing loop...' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'en',
          options: [
            { label: 'English', value: 'en' },
            { label: 'Spanish', value: 'es' },
            { label: 'English and Spanish', value: 'bilingual' },
          ],
          admin: { width: '50%', description: 'Language of the screening and discussion.' },
        },
        {
          name: 'subtitles',
          type: 'select',
          hasMany: true,
          options: [
            { label: 'English', value: 'en' },
            { label: 'Spanish', value: 'es' },
          ],
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'status',
      // Payload calls publishing "Status": this one is the event's own (scheduled, cancelled...).
      label: 'Event status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      index: true,
      options: choiceOptions(screeningStatuses),
      admin: { position: 'sidebar' },
    },
    slugField(),
    {
      name: 'hostRequest',
      type: 'relationship',
      relationTo: 'host-requests',
      admin: { position: 'sidebar', readOnly: true, description: 'The request this screening came from.' },
      access: { read: isStaffField },
    },
    seoField({ summaryField: 'description' }),
  ],
}
