import type { Block } from 'payload'

import { richTextEditor } from './richText'

export const Content: Block = {
  slug: 'content',
  interfaceName: 'ContentBlock',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [{ name: 'body', type: 'richText', editor: richTextEditor, localized: true }],
}
