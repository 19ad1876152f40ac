import type { CollectionConfig } from 'payload'

import { submissionAccess } from '../access/collectionAccess'
import { isStaffField } from '../access/isStaff'
import { calendarDateField } from '../fields/calendarDate'
import { formRule } from '../fields/formRule'
import { submissionIdField } from '../fields/submissionId'
import { createScreeningFromRequest } from '../hooks/createScreeningFromRequest'
import { notifyStaff } from '../hooks/notifyStaff'
import { licences } from './Dvds'

export const HostRequests: CollectionConfig<'host-requests'> = {
  slug: 'host-requests',
  labels: { singular: 'Host request', plural: 'Host requests' },
  access: submissionAccess,
  admin: {
    group: 'Participation',
    useAsTitle: 'organisation',
    defaultColumns: ['organisation', 'name', 'city', 'preferredDate', 'status', 'createdAt'],
    description: 'Requests to host a screening. Work each one through: new, contacted, confirmed or declined.',
  },
  defaultSort: '-createdAt',
  hooks: { afterChange: [createScreeningFromRequest, notifyStaff] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', validate: formRule('hostRequest', 'name'), type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
        { name: 'email', validate: formRule('hostRequest', 'email'), type: 'email', required: true, admin: { width: '50%' } },
      ],
    },
    { name: 'organisation', validate: formRule('hostRequest', 'organisation'), type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'city', validate: formRule('hostRequest', 'city'), type: 'text', required: true, maxLength: 120, admin: { width: '33%' } },
        { name: 'region', validate: formRule('hostRequest', 'region'), label: 'State / region', type: 'text', maxLength: 120, admin: { width: '33%' } },
        { name: 'country', validate: formRule('hostRequest', 'country'), type: 'text', required: true, maxLength: 2, defaultValue: 'US', admin: { width: '33%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        calendarDateField({ name: 'preferredDate', validate: formRule('hostRequest', 'preferredDate'), required: true, admin: { width: '50%' } }),
        calendarDateField({ name: 'alternativeDate', validate: formRule('hostRequest', 'alternativeDate'), admin: { width: '50%' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'expectedAudience', validate: formRule('hostRequest', 'expectedAudience'), type: 'number', min: 1, max: 100000, admin: { width: '50%' } },
        {
          name: 'venueType',
          validate: formRule('hostRequest', 'venueType'),
          type: 'select',
          options: [
            { label: 'Community centre', value: 'community' },
            { label: 'School', value: 'school' },
            { label: 'College / university', value: 'university' },
            { label: 'Place of worship', value: 'worship' },
            { label: 'Union hall', value: 'union' },
            { label: 'Cinema', value: 'cinema' },
            { label: 'Home', value: 'home' },
            { label: 'Other', value: 'other' },
          ],
          admin: { width: '50%' },
        },
      ],
    },
    { name: 'licence', validate: formRule('hostRequest', 'licence'), type: 'select', options: licences, admin: { description: 'Edition or licence they need.' } },
    { name: 'message', validate: formRule('hostRequest', 'message'), type: 'textarea', maxLength: 5000 },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      index: true,
      options: [
        { label: 'New', value: 'new' },
        { label: 'Contacted', value: 'contacted' },
        { label: 'Confirmed', value: 'confirmed' },
        { label: 'Declined', value: 'declined' },
      ],
      access: { create: isStaffField, update: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'createScreening',
      label: 'Create a draft screening from this request',
      type: 'checkbox',
      defaultValue: false,
      access: { create: () => false, update: isStaffField },
      admin: {
        position: 'sidebar',
        description:
          'Tick and save: copies the organisation, place and preferred day into a new draft screening, in the place\'s likely time zone. Choose the hour there before publishing.',
        condition: (data) => data?.status === 'confirmed' && !data?.screening,
      },
    },
    {
      name: 'screening',
      label: 'Screening created from this request',
      type: 'relationship',
      relationTo: 'screenings',
      access: { create: () => false, update: isStaffField, read: isStaffField },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.screening) },
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
