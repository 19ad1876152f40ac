import path from 'node:path'

import { defineConfig } from 'vitest/config'

import { testCredentials } from './test/setup/cmsServer.ts'

export default defineConfig({
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname, 'src') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Built and run by vitest.images.config.ts, a suite of its own.
    exclude: ['test/images/**'],
    globalSetup: ['test/setup/cmsServer.ts'],
    // Two cores: one file at a time keeps the server and the in-process Payload from starving each other.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The test server's secret (setup/cmsServer.ts), so links signed here open there.
    env: { PAYLOAD_JOBS_AUTORUN: 'false', PAYLOAD_SECRET: testCredentials.secret },
  },
})
