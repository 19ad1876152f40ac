/**
 * The API as a new partner uses it in an afternoon (issue 16): the published SDL feeds their tools,
 * graphql-request with their key reads the public view, a refusal is a code their program can branch
 * on, a persisted query revalidates with a 304, and a page of their own site does the same from
 * Chromium, key and revalidation included.
 */
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { apiExamples } from '@made-in-la/shared/apiExamples'
import { buildSchema, parse, validate } from 'graphql'
import { ClientError, GraphQLClient, gql } from 'graphql-request'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchChromium } from './helpers/browser'
import { api, cmsUrl, login, randomIp } from './helpers/http'
import { sampleData } from './helpers/samples'

let key: string
let jwt: string

beforeAll(async () => {
  const { email, password } = inject('adminCredentials')
  jwt = await login(email, password)
  const created = await api('POST', '/api/partners', {
    auth: { jwt },
    body: { name: 'Garment Worker Center', contact: 'web@partner.invalid', pointsPerMinute: 20_000 },
  })
  expect(created.status).toBe(201)
  key = created.body.doc.key
})

const upcoming = gql`
  query Upcoming($region: String) {
    PublicScreenings(region: $region, limit: 5) {
      totalDocs
      docs {
        title
        startsAtLocal
        timeZone
        url
        calendarUrl
        status {
          value
          label {
            en
            es
          }
        }
        venue {
          name
          city
          region
        }
      }
    }
  }
`

describe('in Node, with graphql-request and a key', () => {
  test('the published SDL validates every documented example, as a code generator would', async () => {
    const sdl = await fetch(`${cmsUrl()}/api/graphql/schema.graphql`).then((response) => response.text())
    const schema = buildSchema(sdl)
    for (const example of [...apiExamples, { name: 'upcoming', query: upcoming }]) expect(validate(schema, parse(example.query)), example.name).toEqual([])
  })

  test('reads the public view, limited by its key, and a refusal is a code to branch on', async () => {
    const client = new GraphQLClient(`${cmsUrl()}/api/graphql`, {
      headers: { 'x-partner-key': key, origin: 'https://partner.example', 'x-forwarded-for': randomIp() },
    })
    const { data, headers } = await client.rawRequest<{
      PublicScreenings: { totalDocs: number; docs: { title: string; url: string; venue: { region: string } }[] }
    }>(upcoming, { region: 'CA' })
    expect(data.PublicScreenings.totalDocs).toBeGreaterThan(0)
    for (const screening of data.PublicScreenings.docs) {
      expect(screening.venue.region).toBe('CA')
      expect(screening.url).toMatch(/^https?:\/\/[^/]+\/screenings\//)
    }
    expect(headers.get('ratelimit-policy')).toMatch(/^"partner"/)

    const refused = await client.request('{ PublicScreenings(page: -1) { totalDocs } }').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ClientError)
    expect((refused as ClientError).response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')

    const wrongKey = new GraphQLClient(`${cmsUrl()}/api/graphql`, { headers: { 'x-partner-key': 'mla_not-a-key', 'x-forwarded-for': randomIp() } })
    const unknown = await wrongKey.request('{ PublicDvds { totalDocs } }').catch((error: unknown) => error)
    expect((unknown as ClientError).response.status).toBe(401)
    expect((unknown as ClientError).response.errors?.[0]?.extensions?.code).toBe('PARTNER_KEY_INVALID')
  })
})

describe('syncing', () => {
  test('a change is listed once it has settled (5 s by default), so a cursor never passes a save still committing', async () => {
    const since = new Date(Date.now() - 60_000).toISOString()
    const created = await api('POST', '/api/screenings', { auth: { jwt }, body: { ...sampleData('screenings'), _status: 'published' } })
    expect(created.status).toBe(201)
    const savedAt = Date.now()
    const client = new GraphQLClient(`${cmsUrl()}/api/graphql`, { headers: { 'x-partner-key': key, 'x-forwarded-for': randomIp() } })
    const listed = async () => {
      const { Changes } = await client.request<{ Changes: { docs: { id: string; kind: string }[] } }>(
        'query ($since: String!) { Changes(updatedSince: $since, collection: screenings, limit: 100) { docs { id kind } } }',
        { since },
      )
      return Changes.docs.filter(({ id }) => id === created.body.doc.id)
    }
    expect(await listed()).toEqual([])
    let found: { kind: string }[] = []
    while (found.length === 0 && Date.now() - savedAt < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      found = await listed()
    }
    expect(found.map(({ kind }) => kind)).toEqual(['published'])
    expect(Date.now() - savedAt).toBeGreaterThanOrEqual(4_500)
    await api('DELETE', `/api/screenings/${created.body.doc.id}`, { auth: { jwt } })
  })
})

describe("in Chromium, from a partner's page on another origin", () => {
  let browser: Browser
  let server: Server
  let pageUrl: string
  beforeAll(async () => {
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Partner</title><h1>Screenings</h1>'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    pageUrl = `http://localhost:${(server.address() as AddressInfo).port}/`
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  test('a keyed query and a persisted query revalidated with If-None-Match both pass their preflight', async () => {
    const page = await browser.newPage()
    await page.goto(pageUrl)
    const cms = new URL(cmsUrl()).origin.replace('localhost', '127.0.0.1')
    const example = apiExamples.find(({ name }) => name === 'public-dvds')!
    const id = createHash('sha256').update(example.query).digest('hex')
    const outcome = await page.evaluate(
      async ({ cms, key, id }) => {
        const keyed = await fetch(`${cms}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-partner-key': key },
          body: JSON.stringify({ query: '{ PublicScreenings(limit: 3) { docs { title startsAtLocal } } }' }),
        })
        const body = await keyed.json()
        const first = await fetch(`${cms}/api/graphql?id=${id}`)
        const etag = first.headers.get('etag') ?? ''
        const again = await fetch(`${cms}/api/graphql?id=${id}`, { headers: { 'if-none-match': etag }, cache: 'no-store' })
        return {
          screenings: body.data?.PublicScreenings?.docs?.length,
          policy: keyed.headers.get('ratelimit-policy'),
          etag,
          revalidated: again.status,
          cookies: document.cookie,
        }
      },
      { cms, key, id },
    )
    expect(outcome.screenings).toBeGreaterThan(0)
    expect(outcome.policy).toMatch(/^"partner"/)
    expect(outcome.etag).toMatch(/^".+"$/)
    expect(outcome.revalidated).toBe(304)
    expect(outcome.cookies).toBe('')
    expect(await page.context().cookies()).toEqual([])
    await page.close()
  })
})
