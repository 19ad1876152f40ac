import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { hostFields, venueFields } from '../fields/address'
import { supportedTimezones } from '../fields/venueTime'

/**
 * Places and organisations the team uses again and again: picked on a screening, they fill in its
 * venue or host (which stay on the screening, as the public reads them). The team's own lists: not
 * public, since a host's venue may be someone's address before a screening is announced.
 */
const teamList = { read: isStaff, create: isEditor, update: isEditor, delete: isEditor }

export const Venues: CollectionConfig = {
  slug: 'venues',
  labels: { singular: 'Venue', plural: 'Venues' },
  access: teamList,
  admin: {
    group: 'Events',
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'region', 'country', 'timeZone'],
    listSearchableFields: ['name', 'city'],
    description: 'Saved venues: pick one on a screening to fill in its venue.',
  },
  defaultSort: 'name',
  fields: [
    ...venueFields(),
    {
      name: 'timeZone',
      type: 'select',
      options: supportedTimezones,
      admin: { description: "The venue's local time: picking the venue sets the screening's time zone to it." },
    },
  ],
}

export const Hosts: CollectionConfig = {
  slug: 'hosts',
  labels: { singular: 'Host', plural: 'Hosts' },
  access: teamList,
  admin: {
    group: 'Events',
    useAsTitle: 'name',
    defaultColumns: ['name', 'url'],
    description: 'Saved host organisations: pick one on a screening to fill in its host.',
  },
  defaultSort: 'name',
  fields: hostFields().map((field) => ('name' in field && field.name === 'name' ? { ...field, required: true } : field)) as CollectionConfig['fields'],
}
