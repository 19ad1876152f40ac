import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { env as configured, type CmsEnv } from './env'

/**
 * Media on S3-compatible storage when S3_BUCKET is set, so any number of CMS copies share one
 * media library; otherwise files stay in MEDIA_DIR on local disk (one copy, or a shared volume).
 */
type StorageSettings = Pick<CmsEnv, 'S3_BUCKET' | 'S3_REGION' | 'S3_ENDPOINT' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY'>

export const storagePlugins = (env: StorageSettings = configured): Plugin[] => {
  if (!env.S3_BUCKET) return []
  return [
    s3Storage({
      collections: { media: true },
      bucket: env.S3_BUCKET,
      config: {
        region: env.S3_REGION,
        ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, forcePathStyle: true } : {}),
        credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
      },
    }),
  ]
}
