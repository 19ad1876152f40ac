/** The public GraphQL contract as a partner uses it, and the limits that keep it standing. */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, inject, test } from 'vitest'

import { api, graphql } from './helpers/http'

const partner = { ip: '10.2.0.1' }
const abuser = (n: number) => ({ ip: `10.3.0.${n}` })

describe('public queries', () => {
  test('published posts come with their categories and video blocks', async () => {
    const result = await graphql(
      `
        query Posts($locale: LocaleInputType) {
          Posts(where: { slug: { equals: "breakthrough-restore-fairness-campaign" } }, locale: $locale) {
            totalDocs
            docs {
              title
              slug
              excerpt
              publishedAt
              categories {
                title
                slug
              }
              heroImage {
                url
                alt
              }
              content
            }
          }
        }
      `,
      { locale: 'en' },
      partner,
    )
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
    const post = result.body.data.Posts.docs.find((doc: { slug: string }) => doc.slug === 'breakthrough-restore-fairness-campaign')
    expect(post.title).toBe("Breakthrough's Restore Fairness campaign")
    expect(post.categories.map((category: { title: string }) => category.title)).toContain('Immigration')
    expect(post.heroImage.alt).toMatch(/Restore Fairness/)

    const blocks = post.content.root.children.filter((node: { type: string }) => node.type === 'block')
    const videos = blocks.filter((node: { fields: { blockType: string } }) => node.fields.blockType === 'videoEmbed')
    expect(videos.map((video: { fields: { title: string } }) => video.fields.title)).toEqual(['Restore Fairness', 'Juana Villegas: A Pregnant Woman Detained'])
    const actions = blocks.find((node: { fields: { blockType: string } }) => node.fields.blockType === 'callToAction')
    expect(actions.fields.steps).toHaveLength(6)
  })

  test('content is served in Spanish, falling back to English where untranslated', async () => {
    const result = await graphql(
      `
        {
          Post: Posts(where: { slug: { equals: "breakthrough-restore-fairness-campaign" } }, locale: es) {
            docs {
              title
              excerpt
              author
            }
          }
        }
      `,
      {},
      partner,
    )
    const [post] = result.body.data.Post.docs
    expect(post.title).toBe('La campaña Restore Fairness de Breakthrough')
    expect(post.author).toBe('Made in L.A. team')
  })

  test('screenings list with venue, time zone and status, filterable by city', async () => {
    const result = await graphql(
      `
        {
          Screenings(where: { venue__city: { equals: "Los Angeles" } }, sort: "startsAt") {
            docs {
              title
              startsAt
              endsAt
              timeZone
              status
              venue {
                name
                city
                region
                country
              }
              admission {
                isFree
              }
            }
          }
        }
      `,
      {},
      partner,
    )
    expect(result.body.errors).toBeUndefined()
    const [screening] = result.body.data.Screenings.docs
    expect(screening).toMatchObject({ timeZone: 'America/Los_Angeles', status: 'scheduled', venue: { city: 'Los Angeles' } })
  })

  test('DVD editions and settings are public', async () => {
    const result = await graphql(
      `
        {
          Dvds(
            sort: "sortOrder"
            where: { slug: { in: ["home-use-dvd", "community-educational-dvd", "university-dvd", "digital-site-licence", "community-screening-kit"] } }
          ) {
            docs {
              title
              licence
              price
              currency
              includes {
                item
              }
            }
          }
          SiteSetting {
            navigation {
              label
              link
            }
            footer {
              creditLabel
              creditName
            }
          }
        }
      `,
      {},
      partner,
    )
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Dvds.docs.map((dvd: { licence: string }) => dvd.licence)).toEqual([
      'home',
      'educational',
      'university',
      'digitalSite',
      'communityKit',
    ])
    const labels = result.body.data.SiteSetting.navigation.map((item: { label: string }) => item.label)
    expect(labels).toEqual([
      'Home',
      'About the Film',
      'Blog',
      'Screenings',
      'Buy the DVD',
      'Get Involved',
      'Host a Screening',
      'Resources',
      'Press',
      'Contact',
      'Made in L.A.',
      'Spread the Word',
    ])
    expect(result.body.data.SiteSetting.footer.creditLabel).toBe('Site by')
  })

  test('a query six levels below the docs wrapper is allowed', async () => {
    const result = await graphql(
      '{ Posts(limit: 1) { docs { relatedPosts { relatedPosts { relatedPosts { relatedPosts { heroImage { url } } } } } } } }',
      {},
      partner,
    )
    expect(result.body.errors).toBeUndefined()
  })
})

describe('the README examples', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1])

  test('there are examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4)
  })

  test.each(examples.map((query, index) => ({ index, query })))('example $index runs without errors', async ({ query }) => {
    // The variables the README's examples name: now, and a week ago for the sync example.
    const variables = { now: new Date().toISOString(), since: new Date(Date.now() - 7 * 86_400_000).toISOString() }
    const result = await graphql(query, variables, partner)
    expect(result.status).toBe(200)
    expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined()
    expect(Object.values(result.body.data).every(Boolean)).toBe(true)
  })
})

describe('abuse corpus: refused quickly and clearly, and the server stays up', () => {
  const nested = (levels: number) => '{ Posts { docs { ' + 'relatedPosts { '.repeat(levels) + 'title' + ' }'.repeat(levels) + ' } } }'
  const aliases = (count: number) => '{ ' + Array.from({ length: count }, (_, i) => `a${i}: Categories { totalDocs }`).join(' ') + ' }'

  const cases = [
    { name: 'a query 30 levels deep', body: { query: nested(30) }, status: 400, message: /deeper than this API allows/ },
    { name: 'a query one level too deep', body: { query: nested(7) }, status: 400, message: /deeper than this API allows/ },
    { name: '1,000 aliases', body: { query: aliases(1000) }, status: 400, message: /more (aliases|tokens) than this API allows/ },
    { name: '16 aliases', body: { query: aliases(16) }, status: 400, message: /more aliases than this API allows/ },
    {
      name: 'a batch of 100 operations',
      body: Array.from({ length: 100 }, () => ({ query: '{ Categories { totalDocs } }' })),
      status: 400,
      message: /Batched operations are not supported/,
    },
    {
      name: 'limit: 100000',
      body: { query: '{ Posts(limit: 100000) { docs { title } } }' },
      status: 400,
      message: /^limit must be a page size this API serves\.$/,
    },
    {
      name: 'limit: 100000 as a variable',
      body: { query: 'query($n: Int) { Posts(limit: $n) { docs { title } } }', variables: { n: 100000 } },
      status: 400,
      message: /^limit must be a page size this API serves\.$/,
    },
    {
      name: 'introspection with production settings',
      body: { query: '{ __schema { types { name } } }' },
      status: 400,
      message: /introspection is not allowed/,
    },
    { name: 'a misspelt field', body: { query: '{ Posts { docs { titel } } }' }, status: 400, message: /^Cannot query field "titel" on type "Post"\.$/ },
  ]

  test.each(cases.map((item, index) => ({ ...item, client: abuser(10 + index) })))('$name', async ({ body, status, message, client }) => {
    const started = performance.now()
    const result = await api('POST', '/api/graphql', { body, auth: client })
    const ms = performance.now() - started
    expect([status, 200]).toContain(result.status)
    expect(result.body.errors?.[0]?.message).toMatch(message)
    expect(result.body.data ?? undefined).toBeUndefined()
    expect(ms).toBeLessThan(1000)
  })

  test('limits are not echoed in production', async () => {
    const result = await api('POST', '/api/graphql', { body: { query: nested(30) }, auth: abuser(1) })
    expect(JSON.stringify(result.body)).not.toMatch(/\b8\b|\b30\b|limit of/)
  })

  // The test server runs in production: every limit error names the limit and the field, and no number
  // (neither the limit's nor what the request asked for); RateLimit headers keep a client's points.
  const manyConditions = { OR: Array.from({ length: 400 }, (_, index) => ({ title: { like: `word${index}` } })) }
  const limitErrors: [string, () => Promise<{ status: number; body: any }>, RegExp][] = [
    ['GraphQL depth', () => graphql(nested(30), {}, abuser(20)), /deeper than this API allows/],
    ['GraphQL aliases', () => graphql(aliases(16), {}, abuser(21)), /more aliases than this API allows/],
    ['GraphQL tokens', () => graphql(`{ Posts { docs { ${'title '.repeat(1200)} } } }`, {}, abuser(22)), /more tokens than this API allows/],
    [
      'GraphQL cost',
      () =>
        graphql(
          `query Many($where: Post_where) { ${Array.from({ length: 15 }, (_, index) => `a${index}: Posts(where: $where) { totalDocs }`).join(' ')} }`,
          { where: manyConditions },
          abuser(23),
        ),
      /costlier than this API allows/,
    ],
    ['GraphQL limit', () => graphql('{ Posts(limit: 100000) { docs { title } } }', {}, abuser(24)), /^limit must be a page size this API serves\.$/],
    ['GraphQL limit in a default', () => graphql('query($n: Int = 0) { Posts(limit: $n) { docs { title } } }', {}, abuser(24)), /^limit must be/],
    ['GraphQL pagination: false', () => graphql('{ Posts(pagination: false) { docs { title } } }', {}, abuser(24)), /^pagination: false is not available/],
    [
      'GraphQL where nesting',
      () => {
        let where: object = { title: { like: 'word' } }
        for (let level = 0; level < 20; level++) where = { OR: [where] }
        return graphql('query($where: Post_where) { Posts(where: $where) { totalDocs } }', { where }, abuser(25))
      },
      /^where is nested deeper than this API allows\.$/,
    ],
    [
      'GraphQL radiusKm',
      () => graphql('{ ScreeningsNear(latitude: 0, longitude: 0, radiusKm: 5000) { docs { distanceKm } } }', {}, abuser(25)),
      /^radiusKm must be within the range this API searches\.$/,
    ],
    [
      'GraphQL body size',
      () => api('POST', '/api/graphql', { body: { query: '{ Posts { docs { title } } }', padding: 'x'.repeat(200 * 1024) }, auth: abuser(26) }),
      /too large for a GraphQL request/,
    ],
    ['REST body size', () => api('POST', '/api/categories', { body: { title: 'x'.repeat(2 * 1024 * 1024) }, auth: abuser(27) }), /^Request body too large\.$/],
    ['REST limit', () => api('GET', '/api/posts?limit=1000', { auth: abuser(28) }), /^limit must be a page size this API serves\.$/],
    ['REST pagination=false', () => api('GET', '/api/posts?pagination=false', { auth: abuser(28) }), /^pagination: false is not available/],
    [
      'REST where',
      () => api('GET', `/api/posts?where[title][in]=${Array.from({ length: 1000 }, (_, index) => `w${index}`).join(',')}`, { auth: abuser(28) }),
      /^where holds more conditions/,
    ],
  ]

  test.each(limitErrors)('class (every limit error): %s names its limit, without numbers, in production', async (_name, send, message) => {
    const { status, body } = await send()
    expect(status).toBeGreaterThanOrEqual(200)
    const messages: string[] = (body.errors ?? []).map((error: { message: string }) => error.message)
    expect(messages.length, JSON.stringify(body).slice(0, 300)).toBeGreaterThan(0)
    expect(messages.join('\n')).toMatch(message)
    expect(messages.join('\n')).not.toMatch(/\d/)
  })

  test('a 5 MB body is refused before it is read', async () => {
    const started = performance.now()
    const result = await api('POST', '/api/graphql', {
      body: { query: '{ Posts { docs { title } } }', padding: 'x'.repeat(5 * 1024 * 1024) },
      auth: abuser(2),
    })
    expect(result.status).toBe(413)
    expect(result.body.errors[0].message).toMatch(/too large/)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  test('a client is limited by what its queries cost, with RateLimit headers, and others are unaffected', async () => {
    const flooder = abuser(3)
    const cheap = '{ Categories { totalDocs } }'
    const costly = '{ Posts(limit: 100) { docs { title slug excerpt content categories { title slug } heroImage { url alt width height } } } }'
    const first = await graphql(cheap, {}, flooder)
    expect(first.headers.get('ratelimit-policy')).toBe('"graphql";q=20000;w=60')
    const remaining = (result: { headers: Headers }) => Number(/r=(\d+)/.exec(result.headers.get('ratelimit') ?? '')?.[1])
    // A small query costs the minimum of 10 points; a heavier one costs more.
    expect(remaining(first)).toBe(20000 - 10)
    const heavy = await graphql(costly, {}, flooder)
    expect(heavy.status).toBe(200)
    const heavyCost = remaining(first) - remaining(heavy)
    expect(heavyCost).toBeGreaterThan(30)

    let result = heavy
    let sent = 0
    while (result.status === 200 && sent < 1000) {
      result = await graphql(costly, {}, flooder)
      sent++
    }
    expect(result.status).toBe(429)
    // Refused when the points ran out, not after a number of requests.
    expect(sent).toBe(Math.floor(remaining(heavy) / heavyCost) + 1)
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', statusCode: 429 })
    // The numbers are in the RateLimit headers, not in the message (production).
    expect(result.body.errors[0].message).toMatch(/^Too many GraphQL requests from this address: this query costs more points than are left this minute/)
    expect(result.body.errors[0].message).not.toMatch(/\d/)
    expect(Number(result.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(result.headers.get('ratelimit')).toMatch(/^"graphql";r=0;t=\d+$/)

    const neighbour = await graphql(cheap, {}, abuser(4))
    expect(neighbour.status).toBe(200)
  })

  test('a where of many conditions costs what it holds, shared variable or not', async () => {
    const where = { OR: Array.from({ length: 400 }, (_, index) => ({ title: { like: `word${index}` } })) }
    const aliases = Array.from({ length: 15 }, (_, index) => `a${index}: Posts(where: $where) { totalDocs }`).join(' ')
    const started = performance.now()
    const result = await graphql(`query Many($where: Post_where) { ${aliases} }`, { where }, abuser(5))
    expect([400, 200]).toContain(result.status)
    expect(result.body.data).toBeUndefined()
    expect(result.body.errors[0]).toMatchObject({ message: 'Query refused: costlier than this API allows.', extensions: { code: 'QUERY_TOO_COSTLY' } })
    expect(performance.now() - started).toBeLessThan(1000)
    // The same where once is within one request's cost.
    const once = await graphql('query One($where: Post_where) { Posts(where: $where) { totalDocs } }', { where }, abuser(5))
    expect(once.status).toBe(200)
  })

  test('one sign-in per request: aliases of loginUser are refused, and GraphQL sign-ins count with REST ones', async () => {
    const client = abuser(6)
    const aliased = Array.from({ length: 5 }, (_, index) => `t${index}: loginUser(email: "nobody@example.org", password: "wrong-${index}") { token }`).join(' ')
    const refused = await graphql(`mutation { ${aliased} }`, {}, client)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].extensions.code).toBe('ONE_SIGN_IN_PER_REQUEST')

    const statuses: number[] = []
    for (let index = 0; index < 6; index++) {
      // Another unknown address each time: the limit by address is measured, not the one by account.
      statuses.push(
        (await api('POST', '/api/users/login', { body: { email: `nobody-${index}@example.org`, password: `wrong-${index}` }, auth: client })).status,
      )
    }
    for (let index = 0; index < 6; index++) {
      statuses.push((await graphql(`mutation { loginUser(email: "nobody-g${index}@example.org", password: "wrong-g${index}") { token } }`, {}, client)).status)
    }
    // LOGIN_RATE_LIMIT is 10 a minute for the address, whichever way the attempts come.
    expect(statuses.slice(10)).toEqual([429, 429])
    expect(statuses.slice(0, 10)).not.toContain(429)
  })

  test('the server still answers /healthz afterwards', async () => {
    const result = await api('GET', '/healthz')
    expect(result.status).toBe(200)
    expect(result.body).toEqual({ status: 'ok' })
  })
})

describe("anonymous answers kept for a second (partners' repeated reads)", () => {
  test('an edit shows at once: saving anything drops the kept answers', async () => {
    const admin = await api('POST', '/api/users/login', { body: inject('adminCredentials'), auth: { ip: '10.5.0.1' } })
    const jwt = admin.body.token as string
    const slug = `kept-${Date.now()}`
    const created = await api('POST', '/api/categories', { auth: { jwt }, body: { title: 'Kept once', slug } })
    expect(created.status).toBe(201)
    const read = () => graphql(`{ Categories(where: { slug: { equals: "${slug}" } }) { docs { title } } }`, {}, partner)
    expect((await read()).body.data.Categories.docs[0].title).toBe('Kept once')
    const again = await read()
    expect(again.body.data.Categories.docs[0].title).toBe('Kept once')

    const edited = await api('PATCH', `/api/categories/${created.body.doc.id}`, { auth: { jwt }, body: { title: 'Kept twice' } })
    expect(edited.status).toBe(200)
    expect((await read()).body.data.Categories.docs[0].title).toBe('Kept twice')
  })

  test('answers to signed-in readers are their own: an editor sees a draft right after an anonymous read did not', async () => {
    const admin = await api('POST', '/api/users/login', { body: inject('adminCredentials'), auth: { ip: '10.5.0.2' } })
    const jwt = admin.body.token as string
    const slug = `kept-draft-${Date.now()}`
    const query = `{ Posts(draft: true, where: { slug: { equals: "${slug}" } }) { totalDocs } }`
    expect((await graphql(query, {}, partner)).body.data.Posts.totalDocs).toBe(0)
    const draft = await api('POST', '/api/posts?draft=true', { auth: { jwt }, body: { title: 'Kept draft', slug, _status: 'draft' } })
    expect(draft.status).toBe(201)
    expect((await graphql(query, {}, { jwt, ip: '10.5.0.2' })).body.data.Posts.totalDocs).toBe(1)
    expect((await graphql(query, {}, partner)).body.data.Posts.totalDocs).toBe(0)
  })
})
