/**
 * A GraphQL refusal before anything runs, in GraphQL's error shape: its code, and the limit it met
 * when it met one (the names the For developers page explains).
 */
export const refusal = (status: number, message: string, code: string, headers?: Record<string, string>, limit?: string): Response =>
  Response.json({ errors: [{ message, extensions: { code, ...(limit ? { limit } : {}), statusCode: status } }] }, { status, headers })
