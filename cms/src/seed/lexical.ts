/** Small builders for Lexical's JSON, so the demo content reads like the text it is. */
import { randomBytes } from 'node:crypto'

type Node = Record<string, unknown>

const base = { direction: 'ltr', format: '', indent: 0, version: 1 }

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  version: 1,
})

export const bold = (value: string): Node => text(value, 1)

const inline = (children: (string | Node)[]) => children.map((child) => (typeof child === 'string' ? text(child) : child))

export const paragraph = (...children: (string | Node)[]): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: inline(children),
})

export const heading = (tag: 'h2' | 'h3', value: string): Node => ({ ...base, type: 'heading', tag, children: [text(value)] })

export const quote = (value: string): Node => ({ ...base, type: 'quote', children: [text(value)] })

export const link = (label: string, url: string): Node => ({
  ...base,
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', newTab: false, url },
  children: [text(label)],
})

export const list = (kind: 'bullet' | 'number', items: (string | Node)[][]): Node => ({
  ...base,
  type: 'list',
  listType: kind,
  start: 1,
  tag: kind === 'number' ? 'ol' : 'ul',
  children: items.map((children, index) => ({ ...base, type: 'listitem', value: index + 1, checked: undefined, children: inline(children) })),
})

export const block = (blockType: string, fields: Record<string, unknown>): Node => ({
  type: 'block',
  version: 2,
  format: '',
  // An id of its own, as the admin gives a block (else Payload makes a new one on every read).
  fields: { id: randomBytes(12).toString('hex'), blockName: '', blockType, ...fields },
})

export const richText = (...children: Node[]) => ({
  root: { ...base, type: 'root', children },
})
