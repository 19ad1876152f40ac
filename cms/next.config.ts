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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
