/**
 * Partner keys (issue 16, item 5): admins issue a key per partner with a quota in cost points a
 * minute; keyed requests are limited by the key, whatever address they come from; their use per day
 * is visible to admins; anonymous use stays possible within the public limit.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest'

import { api, graphql, login, randomIp } from './helpers/http'
import { signInAsEveryRole } from './helpers/users'

let adminJwt: string
const quota = 2_000
// About 520 points a request: ten posts with their content, under five aliases.
const costly = `{ ${Array.from({ length: 5 }, (_, index) => `a${index}: Posts(limit: 10) { docs { title slug excerpt } }`).join(' ')} }`

const keyed = (key: string, ip = randomIp()) =>
  fetch(`${inject('cmsUrl')}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-partner-key': key, 'x-forwarded-for': ip },
    body: JSON.stringify({ query: costly }),
  })

const newPartner = async (data: Record<string, unknown> = {}) => {
  const created = await api('POST', '/api/partners', {
    auth: { jwt: adminJwt },
    body: { name: 'Garment Workers Network', contact: 'dev@partner.invalid', pointsPerMinute: quota, ...data },
  })
  expect(created.status).toBe(201)
  return created.body.doc as { id: string; key: string }
}

beforeAll(async () => {
  const { email, password } = inject('adminCredentials')
  adminJwt = await login(email, password)
})

describe('a partner key', () => {
  test('is made by the CMS when an admin adds the partner, and only admins read it', async () => {
    const partner = await newPartner()
    expect(partner.key).toMatch(/^mla_[\w-]{40,}$/)
    const members = await signInAsEveryRole()
    for (const role of ['anonymous', 'editor', 'moderator', 'site'] as const) {
      const read = await api('GET', `/api/partners/${partner.id}`, { auth: members[role] })
      expect(read.status, role).toBe(403)
    }
  })

  test("limits by the key at its own quota, from any address; the same address's anonymous use is untouched", async () => {
    const { key } = await newPartner()
    let response = await keyed(key)
    expect(response.status).toBe(200)
    expect(response.headers.get('ratelimit-policy')).toBe(`"partner";q=${quota};w=60`)
    // Every request from a new address: still one budget, the key's.
    for (let sent = 0; response.status === 200 && sent < 20; sent++) response = await keyed(key)
    expect(response.status).toBe(429)
    expect((await response.json()).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'pointsPerMinute' })
    const anonymous = await graphql(costly, {}, { ip: '10.77.0.1' })
    expect(anonymous.status).toBe(200)
    expect((await keyed(key, '10.77.0.1')).status).toBe(429)
  })

  test.each([
    ['a key nobody was given', async () => 'mla_nobody-was-given-this-key-0000000000000000'],
    [
      'the key of a partner made inactive',
      async () => {
        const partner = await newPartner()
        expect((await api('PATCH', `/api/partners/${partner.id}`, { auth: { jwt: adminJwt }, body: { active: false } })).status).toBe(200)
        return partner.key
      },
    ],
    [
      'the key of a partner removed',
      async () => {
        const partner = await newPartner()
        expect((await api('DELETE', `/api/partners/${partner.id}`, { auth: { jwt: adminJwt } })).status).toBe(200)
        return partner.key
      },
    ],
  ])('class (keys that open nothing): %s is a 401 PARTNER_KEY_INVALID', async (_name, keyOf) => {
    const response = await keyed(await keyOf())
    expect(response.status).toBe(401)
    expect((await response.json()).errors[0].extensions.code).toBe('PARTNER_KEY_INVALID')
  })

  test('its use per day is there for admins to read: requests and points', async () => {
    const partner = await newPartner({ pointsPerMinute: 60_000 })
    for (let sent = 0; sent < 3; sent++) expect((await keyed(partner.key)).status).toBe(200)
    let usage: { requests: number; points: number; day: string } | undefined
    for (let waited = 0; !usage && waited < 15; waited++) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      usage = (await api('GET', `/api/partner-usage?where[partner][equals]=${partner.id}`, { auth: { jwt: adminJwt } })).body.docs?.[0]
    }
    expect(usage).toMatchObject({ requests: 3, day: new Date().toISOString().slice(0, 10) })
    expect(usage!.points).toBeGreaterThan(3 * 100)
    expect((await api('GET', `/api/partner-usage?where[partner][equals]=${partner.id}`)).status).toBe(403)
    expect(
      (await api('POST', '/api/partner-usage', { auth: { jwt: adminJwt }, body: { partner: partner.id, day: '2026-01-01', requests: 1, points: 1 } })).status,
    ).toBe(403)
  })
})
