import type { CollectionConfig } from 'payload'

import { submissionAccess } from '../access/collectionAccess'
import { isStaffField } from '../access/isStaff'
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
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
        { name: 'email', type: 'email', required: true, admin: { width: '50%' } },
      ],
    },
    { name: 'organisation', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', required: true, maxLength: 120, admin: { width: '33%' } },
        { name: 'region', label: 'State / region', type: 'text', maxLength: 120, admin: { width: '33%' } },
        { name: 'country', type: 'text', required: true, maxLength: 2, defaultValue: 'US', admin: { width: '33%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'preferredDate', type: 'date', required: true, admin: { width: '50%' } },
        { name: 'alternativeDate', type: 'date', admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'expectedAudience', type: 'number', min: 1, max: 100000, admin: { width: '50%' } },
        {
          name: 'venueType',
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
    { name: 'licence', type: 'select', options: licences, admin: { description: 'Edition or licence they need.' } },
    { name: 'message', type: 'textarea', maxLength: 5000 },
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
      name: 'internalNotes',
      type: 'textarea',
      maxLength: 10000,
      access: { create: isStaffField, read: isStaffField, update: isStaffField },
      admin: { position: 'sidebar', description: 'Only the team sees these.' },
    },
  ],
}
