/** Media stay on local disk unless S3 is configured; then the storage-s3 adapter owns them. */
import { buildConfig, type CollectionConfig } from 'payload'
import { expect, test } from 'vitest'

import { Media } from '../src/collections/Media'
import { readEnv } from '../src/env'
import { storagePlugins } from '../src/storage'

const configWith = (env: Record<string, string>) =>
  buildConfig({
    secret: 'test',
    collections: [Media as CollectionConfig],
    plugins: storagePlugins(readEnv(env)),
    db: undefined as never,
  })

test('with S3_* unset, uploads are stored locally', async () => {
  expect(storagePlugins(readEnv({}))).toEqual([])
})

test('with S3_* set, media uploads go to the bucket and not to local disk', async () => {
  const config = await configWith({
    S3_BUCKET: 'made-in-la-media',
    S3_REGION: 'eu-west-1',
    S3_ENDPOINT: 'https://s3.example.org',
    S3_ACCESS_KEY_ID: 'key',
    S3_SECRET_ACCESS_KEY: 'secret',
  }).catch((error: Error) => {
    throw new Error(`building the config failed: ${error.message}`)
  })
  const media = config.collections.find((collection) => collection.slug === 'media')!
  expect(media.upload).toMatchObject({ disableLocalStorage: true })
  const hooks = media.hooks.afterChange.length + media.hooks.afterDelete.length
  expect(hooks).toBeGreaterThan(0)
})
