import type { CollectionConfig } from 'payload'

import { submissionAccess } from '../../access/collectionAccess'
import { isStaffField } from '../../access/isStaff'
import { formFields } from '../../fields/formField'
import { optInStatusFields } from '../../fields/staffStatus'
import { submissionIdField } from '../../fields/submissionId'
import { optInEndpoints } from '../../optIn'
import { placeAlert, sendAlertConfirmation } from './hooks'

const staffOnly = { create: isStaffField, update: isStaffField }

/**
 * "Tell me when there's a screening near me": an email address, a place and a distance, confirmed by
 * email (double opt-in, as for updates). When a screening is first published within the distance,
 * each confirmed entry gets one email (deliveries.ts, through the jobs queue).
 */
export const ScreeningAlerts: CollectionConfig<'screening-alerts'> = {
  slug: 'screening-alerts',
  labels: { singular: 'Screening alert', plural: 'Screening alerts' },
  access: submissionAccess,
  admin: {
    group: 'Participation',
    useAsTitle: 'email',
    defaultColumns: ['email', 'matchedPlace', 'radiusKm', 'status', 'locale', 'createdAt'],
    description: 'People who asked to hear about screenings near them. "Pending" until they confirm by email.',
  },
  defaultSort: '-createdAt',
  hooks: {
    beforeChange: [placeAlert],
    afterChange: [sendAlertConfirmation],
    // Erasing a person's alert erases the record of what was sent to it.
    beforeDelete: [({ id, req }) => req.payload.delete({ collection: 'alert-deliveries', where: { alert: { equals: id } }, overrideAccess: true, req })],
  },
  endpoints: optInEndpoints('screening-alerts'),
  fields: [
    ...formFields('screeningAlert', {
      email: { index: true },
      consent: { label: 'Agreed to receive screening alerts', defaultValue: false },
      radiusKm: { label: 'Distance (km)', defaultValue: '50' },
      locale: { defaultValue: 'en' },
    }),
    ...optInStatusFields(),
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', index: true, access: staffOnly, admin: { readOnly: true, width: '33%' } },
        { name: 'longitude', type: 'number', index: true, access: staffOnly, admin: { readOnly: true, width: '33%' } },
        {
          name: 'matchedPlace',
          type: 'text',
          maxLength: 200,
          access: staffOnly,
          admin: { readOnly: true, width: '33%', description: 'The place the alert is for.' },
        },
      ],
    },
    submissionIdField(),
  ],
}
