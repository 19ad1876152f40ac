import type { Access } from 'payload'

/** For operations that only Payload itself performs (hooks, jobs, seed with overrideAccess). */
export const nobody: Access = () => false
