import { defineConfig } from 'vitest/config'

// The production images, built from the Dockerfiles and started as compose starts them: a suite of its
// own, run after the others, because building them takes minutes and both cores.
export default defineConfig({
  test: {
    include: ['test/images/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 40 * 60_000,
  },
})
