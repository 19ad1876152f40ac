import { inject } from 'vitest'

export type Auth = { jwt?: string; apiKey?: string; ip?: string }

const headersFor = (auth: Auth = {}, json = true): Record<string, string> => {
  const headers: Record<string, string> = {}
  if (json) headers['content-type'] = 'application/json'
  if (auth.jwt) headers.authorization = `JWT ${auth.jwt}`
  if (auth.apiKey) headers.authorization = `users API-Key ${auth.apiKey}`
  // The test server trusts one proxy hop, so each test can act as its own client for rate limits.
  headers['x-forwarded-for'] = auth.ip ?? '10.0.0.1'
  return headers
}

export const cmsUrl = () => inject('cmsUrl')

export type ApiResult = { status: number; body: any; headers: Headers; ms: number }

export const api = async (
  method: string,
  path: string,
  options: { auth?: Auth; body?: unknown; raw?: BodyInit; headers?: Record<string, string> } = {},
): Promise<ApiResult> => {
  const started = performance.now()
  const response = await fetch(`${cmsUrl()}${path}`, {
    method,
    headers: { ...headersFor(options.auth, options.raw === undefined), ...options.headers },
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers, ms: performance.now() - started }
}

export const graphql = (query: string, variables: Record<string, unknown> = {}, auth?: Auth) =>
  api('POST', '/api/graphql', { auth, body: { query, variables } })

export const login = async (email: string, password: string, ip = randomIp()): Promise<string> => {
  const result = await api('POST', '/api/users/login', { body: { email, password }, auth: { ip } })
  if (result.status !== 200) throw new Error(`login failed for ${email}: ${result.status} ${JSON.stringify(result.body)}`)
  return result.body.token
}

let counter = 0
/** A value no other test uses, for slugs and unique emails. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${++counter}`

/** A fresh client address, so sign-ins in different tests do not share a rate-limit bucket. */
export const randomIp = () => `10.${200 + Math.floor(Math.random() * 50)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`
