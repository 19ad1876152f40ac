import { oldPath } from '@made-in-la/shared/redirects'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field, FieldHook } from 'payload'

import { isEditor } from '../access/isEditor'
import { checkLink } from '../fields/link'
import { anyone } from '../access/anyone'
import { revalidateDeletedDocument, revalidateDocument } from '../hooks/revalidateSite'

const normaliseFrom: FieldHook = ({ value }) => (typeof value === 'string' && value ? oldPath(value) : value)

/** A typed target is checked as every link the team sets is (fields/link.ts). */
const validateTarget = (value: unknown, { siblingData }: { siblingData: { type?: string } }) => {
  if (siblingData.type !== 'custom') return true
  if (typeof value !== 'string' || value.trim() === '') return 'url: type a site path or a full https:// address.'
  const verdict = checkLink(value)
  return verdict === true ? true : `url ${verdict}`
}

/**
 * Old links keep working: Payload's redirects plugin, for editors. Each old address answers 301 on
 * the site (web/server/utils/redirects.ts), to a post, page or screening (following its slug if it
 * changes) or to any address.
 */
export const redirects = redirectsPlugin({
  collections: ['posts', 'pages', 'screenings'],
  overrides: {
    labels: { singular: 'Redirect', plural: 'Redirects' },
    access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
    admin: {
      group: 'Settings',
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'updatedAt'],
      description: 'Old addresses that should lead somewhere, e.g. links to the original site: /2009/06/old-post answers with a permanent redirect.',
    },
    hooks: { afterChange: [revalidateDocument], afterDelete: [revalidateDeletedDocument] },
    fields: ({ defaultFields }) =>
      defaultFields.map((field): Field => {
        if ('name' in field && field.name === 'from' && field.type === 'text') {
          return {
            ...field,
            maxLength: 500,
            hooks: { beforeValidate: [normaliseFrom] },
            admin: { description: 'The old address: a path such as /2009/06/old-post, or the full old URL.' },
          }
        }
        if ('name' in field && field.name === 'to' && field.type === 'group') {
          return {
            ...field,
            fields: field.fields.map((child) =>
              'name' in child && child.name === 'url' ? { ...child, maxLength: 2048, validate: validateTarget } : child,
            ) as Field[],
          }
        }
        return field
      }),
  },
})
