import type { CollectionConfig } from 'payload'

import { statusViews } from '../../components/admin/lists'
import { submissionAccess } from '../../access/collectionAccess'
import { isStaffField } from '../../access/isStaff'
import { formFields } from '../../fields/formField'
import { staffStatusField } from '../../fields/staffStatus'
import { submissionIdField } from '../../fields/submissionId'
import { createScreeningFromRequest } from './hooks/createScreeningFromRequest'
import { notifyStaff } from '../../hooks/notifyStaff'

const requestStatuses = [
  { label: 'New', value: 'new' },
  { label: 'Contacted', value: 'contacted' },
  { label: 'Confirmed', value: 'confirmed' },
  { label: 'Declined', value: 'declined' },
]

export const HostRequests: CollectionConfig<'host-requests'> = {
  slug: 'host-requests',
  labels: { singular: 'Host request', plural: 'Host requests' },
  access: submissionAccess,
  admin: {
    group: 'Participation',
    useAsTitle: 'organisation',
    defaultColumns: ['organisation', 'name', 'city', 'preferredDate', 'status', 'createdAt'],
    components: { beforeListTable: [statusViews('host-requests', requestStatuses)] },
    description: 'Requests to host a screening. Work each one through: new, contacted, confirmed or declined.',
  },
  defaultSort: '-createdAt',
  hooks: { afterChange: [createScreeningFromRequest, notifyStaff] },
  fields: [
    ...formFields('hostRequest', {
      name: { row: 'who', admin: { width: '50%' } },
      email: { row: 'who', admin: { width: '50%' } },
      city: { row: 'where', admin: { width: '33%' } },
      region: { row: 'where', label: 'State / region', admin: { width: '33%' } },
      country: { row: 'where', defaultValue: 'US', admin: { width: '33%' } },
      preferredDate: { row: 'when', admin: { width: '50%' } },
      alternativeDate: { row: 'when', admin: { width: '50%' } },
      expectedAudience: { row: 'audience', admin: { width: '50%' } },
      venueType: { row: 'audience', admin: { width: '50%' } },
      licence: { admin: { description: 'Edition or licence they need.' } },
    }),
    staffStatusField(requestStatuses, 'new'),
    {
      name: 'createScreening',
      label: 'Create a draft screening from this request',
      type: 'checkbox',
      defaultValue: false,
      access: { create: () => false, update: isStaffField },
      admin: {
        position: 'sidebar',
        description:
          "Tick and save: copies the organisation, place and preferred day into a new draft screening, in the place's likely time zone. Choose the hour there before publishing.",
        condition: (data) => data?.status === 'confirmed' && !data?.screening,
      },
    },
    {
      name: 'screening',
      label: 'Screening created from this request',
      type: 'relationship',
      relationTo: 'screenings',
      access: { create: () => false, update: isStaffField, read: isStaffField },
      // Shown as a link (and announced after the save that made it) by the field below.
      admin: { position: 'sidebar', readOnly: true, hidden: true },
    },
    {
      name: 'screeningLink',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/ScreeningFromRequest#ScreeningFromRequest' } },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      maxLength: 10000,
      access: { create: isStaffField, read: isStaffField, update: isStaffField },
      admin: { position: 'sidebar', description: 'Only the team sees these.' },
    },
    submissionIdField(),
  ],
}
