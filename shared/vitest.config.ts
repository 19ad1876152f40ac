import { defineConfig } from 'vitest/config'

// The pure modules, fast: no server, no database.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } })
