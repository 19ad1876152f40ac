import { inject } from 'vitest'

/** Reads a collection straight from the CMS as the seeded admin, to see what a form really stored. */
export const adminToken = async () => {
  const response = await fetch(`${inject('cmsUrl')}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.77.${Math.floor(Math.random() * 250)}.1` },
    body: JSON.stringify(inject('adminCredentials')),
  })
  return (await response.json()).token as string
}

export const findStored = async (collection: string, where: Record<string, string>) => {
  const query = Object.entries(where)
    .map(([field, value]) => `where[${field}][equals]=${encodeURIComponent(value)}`)
    .join('&')
  const response = await fetch(`${inject('cmsUrl')}/api/${collection}?${query}&limit=100&depth=0`, {
    headers: { authorization: `JWT ${await adminToken()}` },
  })
  return (await response.json()).docs as Record<string, unknown>[]
}

let adminSession: Promise<string> | undefined

/** One REST request to the CMS, as the seeded admin unless `auth` names another (the site's key...). */
export const cmsApi = async (method: string, pathname: string, body?: unknown, auth?: string) => {
  adminSession ??= adminToken()
  const response = await fetch(`${inject('cmsUrl')}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: auth ?? `JWT ${await adminSession}` },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: response.status, body: await response.json() }
}
