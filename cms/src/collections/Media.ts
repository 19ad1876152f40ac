import { stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/collectionAccess'
import { env } from '../env'

const webp = { format: 'webp', options: { quality: 78 } } as const

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const staticDir = path.resolve(env.MEDIA_DIR ?? path.join(cmsRoot, 'media'))

/**
 * A file that is not on the disk is a 404 (Payload answers a 500 and logs an error each time, so
 * anyone could fill the log by asking for names that do not exist). Object storage answers for
 * itself, so this is for files on local disk only.
 */
const missingFileIsNotFound = async (_req: unknown, { params }: { params: { filename: string } }): Promise<Response | undefined> => {
  const file = path.resolve(staticDir, params.filename)
  if (!file.startsWith(staticDir + path.sep)) return Response.json({ errors: [{ message: 'No such file.' }] }, { status: 404 })
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  if (!found) return Response.json({ errors: [{ message: 'No such file.' }] }, { status: 404 })
}

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media library' },
  access: publicContentAccess,
  admin: {
    group: 'Content',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'],
    description: 'Images and downloads (press kit PDFs). Every file needs a text alternative.',
  },
  upload: {
    staticDir,
    // Payload's type has either a Response or nothing, not a promise of one or the other.
    handlers: env.S3_BUCKET ? [] : [missingFileIsNotFound as (...args: Parameters<typeof missingFileIsNotFound>) => Promise<void>],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // Each width in the upload's own format and in WebP (a third smaller at the same look); the
    // site sends WebP to browsers that accept it. og is the 1200x630 crop for sharing cards.
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
      { name: 'thumbnailWebp', width: 400, formatOptions: webp },
      { name: 'cardWebp', width: 768, formatOptions: webp },
      { name: 'heroWebp', width: 1600, formatOptions: webp },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Text alternative',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'Describe what the image shows for people who cannot see it.' },
    },
    { name: 'caption', type: 'text', localized: true, maxLength: 300 },
    { name: 'credit', type: 'text', maxLength: 200, admin: { description: 'Photographer or source.' } },
  ],
}
