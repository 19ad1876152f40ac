import type { Block } from 'payload'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'
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
    {
      name: 'buttonLink',
      type: 'text',
      maxLength: 2048,
      admin: { description: 'A site path such as /screenings, or a full https:// address.' },
    },
  ],
}
