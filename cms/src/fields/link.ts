import { type Field, type FieldHook, type PayloadRequest, type RowField, type TextField, ValidationError } from 'payload'

import { documentPath } from '@made-in-la/shared/redirects'

import { isWebUrl } from './url'

/** What a link may point at in the CMS: the documents that have a page of their own on the site. */
const linkable = ['pages', 'posts', 'screenings'] as const
type Linkable = (typeof linkable)[number]

/**
 * Where a typed link may go: a path on this site ("/get-involved", "/blog?month=2026-05") or a full
 * http(s) address. Nothing else: not `javascript:` or `data:`, not "//host" (another site).
 */
export const checkLink = (value: unknown): string | true => {
  if (typeof value !== 'string' || value.trim() === '') return true
  const link = value.trim()
  if (link.startsWith('/')) return /^\/(?!\/)[^\s\\]*$/.test(link) ? true : 'must be a site path such as /get-involved, without spaces.'
  return isWebUrl(link) && new URL(link).hostname ? true : 'must be a site path starting with / (such as /get-involved) or a full https:// address.'
}

type Chosen = { relationTo?: string; value?: unknown } | null | undefined

const chosenOf = (value: unknown): { collection: Linkable; id: string | number } | undefined => {
  const chosen = value as Chosen
  if (!chosen?.relationTo || !linkable.includes(chosen.relationTo as Linkable)) return undefined
  const id = chosen.value && typeof chosen.value === 'object' ? (chosen.value as { id?: string | number }).id : (chosen.value as string | number | undefined)
  return id === undefined || id === null ? undefined : { collection: chosen.relationTo as Linkable, id }
}

/** The site path of a published document, read once per request whatever the number of links to it. */
const pathOf = async (req: PayloadRequest, { collection, id }: { collection: Linkable; id: string | number }) => {
  const cache = ((req.context.linkPaths as Map<string, Promise<string | undefined>> | undefined) ??= new Map())
  const key = `${collection}:${id}`
  if (!cache.has(key)) {
    cache.set(
      key,
      req.payload
        .find({
          collection,
          where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
          select: { slug: true },
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
        })
        .then(({ docs }) => (docs[0]?.slug ? documentPath(collection, docs[0].slug) : undefined))
        .catch(() => undefined),
    )
  }
  return cache.get(key)
}

type LinkOptions = {
  /** The typed link's field, which also carries the chosen document's current path to every reader. */
  name: string
  /** The document picker's field. */
  documentName: string
  label?: string
  required?: boolean
  description?: string
}

/**
 * One link, set the same way everywhere (call-to-action steps, hero buttons, navigation, the home
 * page): pick a page, post or screening, or type a site path or an https address.
 * - The typed field always holds where the link goes: the chosen document's path is written into it
 *   on save and read again from the document on every read, so it stays right when a slug changes
 *   (and readers of the API see one string, as before).
 * - It is checked the same way on every save, drafts and previews included (Payload checks a
 *   field's rules only on publish): `javascript:alert(1)` is refused before it is ever stored.
 */
export const linkField = ({ name, documentName, label = 'Link', required = false, description }: LinkOptions): RowField => {
  const refuse = (message: string, path: (string | number)[], req: PayloadRequest): never => {
    throw new ValidationError({ errors: [{ path: path.join('.'), message: `${name} ${message}` }], req })
  }

  const fillFromDocument: FieldHook = async ({ value, siblingData, req, path }) => {
    const chosen = chosenOf(siblingData[documentName])
    if (chosen) return (await pathOf(req, chosen)) ?? value
    const verdict = checkLink(value)
    if (verdict !== true) refuse(verdict, path, req)
    return typeof value === 'string' ? value.trim() : value
  }

  const currentPath: FieldHook = async ({ value, siblingData, req }) => {
    const chosen = chosenOf(siblingData[documentName])
    return chosen ? ((await pathOf(req, chosen)) ?? value) : value
  }

  const typed: TextField = {
    name,
    label: `${label}: site path or web address`,
    type: 'text',
    maxLength: 2048,
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
      if (chosenOf(siblingData[documentName])) return true
      if (required && (typeof value !== 'string' || value.trim() === '')) return `${name}: choose a page, post or screening, or type a site path or address.`
      const verdict = checkLink(value)
      return verdict === true ? true : `${name} ${verdict}`
    },
    // Both: rich text runs its blocks' beforeChange hooks but not their beforeValidate ones.
    hooks: { beforeValidate: [fillFromDocument], beforeChange: [fillFromDocument], afterRead: [currentPath] },
    admin: {
      width: '50%',
      description: description ?? 'A site path such as /get-involved, or a full https:// address. Left as is when a document is chosen.',
      condition: (_data, siblingData) => !chosenOf(siblingData?.[documentName]),
    },
  }

  const document: Field = {
    name: documentName,
    label: `${label}: page, post or screening`,
    type: 'relationship',
    relationTo: [...linkable],
    admin: { width: '50%', description: 'Pick from the CMS: the link follows the document if its address changes.' },
  }

  return { type: 'row', fields: [document, typed] }
}
