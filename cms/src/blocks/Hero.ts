import type { Block } from 'payload'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'
import { linkField } from '../fields/link'
import { descriptiveLinkText } from '../fields/linkText'

export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: 'Hero', plural: 'Heroes' },
  fields: [
    requiredInDefaultLocale({ name: 'heading', type: 'text', maxLength: 200 }),
    { name: 'subheading', type: 'textarea', localized: true, maxLength: 500 },
    { name: 'image', type: 'upload', relationTo: 'media' },
    descriptiveLinkText({ name: 'buttonLabel', type: 'text', localized: true, maxLength: 80 }),
    linkField({ name: 'buttonLink', documentName: 'buttonDocument', label: 'Button link' }),
  ],
}
