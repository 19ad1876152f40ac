import type { CollectionConfig } from 'payload'

import { availabilities, dvdFormats, licences } from '@made-in-la/shared/choices'

import { draftableContentAccess } from '../access/collectionAccess'
import { moneyCell } from '../components/admin/lists'
import { currencyField } from '../fields/currency'
import { choiceOptions } from '../fields/formField'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'
import { slugField } from '../fields/slug'
import { draftsWithSchedule } from '../fields/versions'
import { urlField } from '../fields/url'
import { revalidateDeletedDocument, revalidateDocument } from '../hooks/revalidateSite'
import { previewButton, previewUrl } from '../preview'

export const Dvds: CollectionConfig<'dvds'> = {
  slug: 'dvds',
  labels: { singular: 'DVD edition', plural: 'DVD editions' },
  access: draftableContentAccess('dvds'),
  admin: {
    group: 'Shop',
    useAsTitle: 'title',
    defaultColumns: ['title', 'licence', 'price', 'currency', 'availability', '_status'],
    description: 'Editions and licences shown on "Buy the DVD", in the order set below. Save a draft, preview it, then publish.',
    // "Buy the DVD" with this edition's latest draft in its place (see src/preview.ts).
    preview: previewUrl('dvds'),
    components: { edit: { PreviewButton: previewButton } },
  },
  versions: draftsWithSchedule,
  defaultSort: 'sortOrder',
  hooks: { afterChange: [revalidateDocument], afterDelete: [revalidateDeletedDocument] },
  fields: [
    requiredInDefaultLocale({ name: 'title', type: 'text', maxLength: 200 }),
    {
      name: 'licence',
      type: 'select',
      required: true,
      defaultValue: 'home',
      options: choiceOptions(licences),
      admin: { description: 'Who may show the film, and where.' },
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    {
      type: 'row',
      fields: [
        { name: 'price', type: 'number', required: true, min: 0, admin: { width: '50%', step: 0.01, components: { Cell: moneyCell } } },
        currencyField({ admin: { width: '50%' } }),
      ],
    },
    {
      name: 'includes',
      label: 'What is included',
      type: 'array',
      labels: { singular: 'Item', plural: 'Items' },
      fields: [requiredInDefaultLocale({ name: 'item', type: 'text', maxLength: 200 })],
      admin: { description: 'e.g. English and Spanish subtitles, bonus material, discussion guide.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'dvd',
          options: choiceOptions(dvdFormats),
          admin: { width: '33%' },
        },
        { name: 'region', type: 'text', maxLength: 60, defaultValue: 'All regions (0)', admin: { width: '33%' } },
        {
          name: 'runningTimeMinutes',
          label: 'Running time (minutes)',
          type: 'number',
          min: 1,
          max: 1000,
          defaultValue: 70,
          admin: { width: '33%' },
        },
      ],
    },
    urlField({ name: 'purchaseUrl', admin: { description: 'Store or distributor page, if ordering online.' } }),
    {
      name: 'orderInstructions',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      admin: { description: 'How to order when there is no online store (purchase orders, invoices).' },
    },
    {
      name: 'availability',
      type: 'select',
      required: true,
      defaultValue: 'inStock',
      options: choiceOptions(availabilities),
      admin: { position: 'sidebar' },
    },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { position: 'sidebar' } },
    {
      name: 'sortOrder',
      type: 'number',
      defaultValue: 10,
      admin: { position: 'sidebar', description: 'Lower numbers are listed first.' },
    },
    slugField(),
  ],
}
