/**
 * Every GraphQL operation the site sends (shared/graphql/*.graphql) passes the API's own limits (depth,
 * aliases, cost, tokens), the same rules partners meet, so a change to a document or to the content
 * model cannot silently turn a page into an error. Prints each operation's cost against the limit.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
} from 'graphql'
import { describe, expect, inject, test } from 'vitest'

import { operationCost } from '../src/graphql/cost'
import { graphqlLimits } from '../src/graphql/limits'
import { documentValidationRules, validationRules } from '../src/graphql/validationRules'
import { api, graphql, unique } from './helpers/http'

const sharedDir = path.resolve(import.meta.dirname, '../../shared')
const schema = buildSchema(readFileSync(path.join(sharedDir, 'schema.graphql'), 'utf8'))
const documents = parse(
  readdirSync(path.join(sharedDir, 'graphql'))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(path.join(sharedDir, 'graphql', file), 'utf8'))
    .join('\n'),
)
const fragments = new Map(
  documents.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === 'FragmentDefinition')
    .map((fragment) => [fragment.name.value, fragment]),
)

/** The fragments an operation uses, also through other fragments: what the site's codegen sends with it. */
const withFragments = (definition: DefinitionNode): DocumentNode => {
  const used = new Map<string, FragmentDefinitionNode>()
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value)
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment)
          collect(fragment)
        }
      },
    })
  collect(definition)
  return { kind: documents.kind, definitions: [definition, ...used.values()] } as DocumentNode
}

const operations = documents.definitions.flatMap((definition) =>
  definition.kind === 'OperationDefinition' && definition.name ? [{ name: definition.name.value, document: withFragments(definition) }] : [],
)

const costOf = (document: DocumentNode) => operationCost(document, document.definitions[0] as OperationDefinitionNode)

describe("the site's GraphQL operations", () => {
  test('there are operations to check', () => {
    expect(operations.map((operation) => operation.name)).toEqual(expect.arrayContaining(['PostBySlug', 'PageBySlug', 'PreviewPost', 'HomePage']))
  })

  test.each(operations)('$name passes the limits every API client meets', ({ name, document }) => {
    const errors = validate(schema, document, [...specifiedRules, ...documentValidationRules(), ...validationRules({ variableValues: {} } as ExecutionArgs)])
    expect(errors.map((error) => error.message)).toEqual([])
    const cost = costOf(document)
    expect(cost, name).toBeGreaterThan(0)
    console.log(`${name}: cost ${cost} of ${graphqlLimits.maxCost}`)
  })
})

describe("the site's reads, made with its API key", () => {
  const site = { apiKey: inject('siteApiKey'), ip: '10.4.0.1' }
  const anonymous = { ip: '10.4.0.2' }
  const variables = {
    locale: 'en',
    slug: 'breakthrough-restore-fairness-campaign',
    filename: 'restore-fairness.jpg',
    post: '00000000-0000-4000-8000-000000000000',
    id: '00000000-0000-4000-8000-000000000000',
    limit: 5,
    now: '2026-01-01T00:00:00.000Z',
  }
  // Token operations answer null without a genuine token, for anyone; the rest are the site's reads.
  const reads = operations.filter((operation) => !/^Preview/.test(operation.name))

  test.each(reads)('$name answers the site exactly what it answers anonymous readers', async ({ document }) => {
    const query = print(document)
    const [asSite, asAnonymous] = await Promise.all([graphql(query, variables, site), graphql(query, variables, anonymous)])
    expect(asSite.status).toBe(200)
    expect(asSite.body).toEqual(asAnonymous.body)
  })

  test('drafts, accounts, submissions and staff-only fields stay closed to the site', async () => {
    const admin = inject('adminCredentials')
    const signIn = await api('POST', '/api/users/login', { body: admin, auth: { ip: '10.4.0.3' } })
    const jwt = signIn.body.token as string
    const slug = unique('site-draft')
    const draft = await api('POST', '/api/posts?draft=true', { auth: { jwt }, body: { title: 'A draft the site must not read', slug, _status: 'draft' } })
    expect(draft.status).toBe(201)

    const drafts = await graphql(`{ Posts(draft: true, where: { slug: { equals: "${slug}" } }) { totalDocs } }`, {}, site)
    expect(drafts.body.data.Posts.totalDocs).toBe(0)
    const versions = await graphql(
      `
        {
          versionsPosts {
            totalDocs
          }
        }
      `,
      {},
      site,
    )
    expect(versions.body.data?.versionsPosts ?? null).toBeNull()
    for (const collection of ['Users', 'ContactMessages', 'HostRequests', 'Subscribers']) {
      const result = await graphql(`{ ${collection} { totalDocs } }`, {}, site)
      expect(result.body.data?.[collection] ?? null, collection).toBeNull()
      expect(result.body.errors?.[0]?.message, collection).toMatch(/not allowed/i)
    }
    // Comments and pledges are public once approved (their read access is that filter): the site sees
    // those only, and never a commenter's address.
    const posts = await api('GET', '/api/posts?where[slug][equals]=breakthrough-restore-fairness-campaign&depth=0', { auth: { jwt } })
    const comment = (body: string) =>
      api('POST', '/api/comments', { auth: { jwt }, body: { post: posts.body.docs[0].id, name: 'Ana', email: `${unique('ana')}@test.invalid`, body } })
    const [pending, approved] = [(await comment('Pending')).body.doc.id, (await comment('Approved')).body.doc.id]
    expect((await api('PATCH', `/api/comments/${approved}`, { auth: { jwt }, body: { status: 'approved' } })).status).toBe(200)
    const comments = await graphql('{ Comments(limit: 100, sort: "-createdAt") { docs { id status email } } }', {}, site)
    const seen = comments.body.data.Comments.docs as { id: string; status: string; email: string | null }[]
    expect(seen.map((doc) => doc.id)).toContain(approved)
    expect(seen.map((doc) => doc.id)).not.toContain(pending)
    expect(seen.every((doc) => doc.status === 'approved' && doc.email === null)).toBe(true)
    const pledges = await graphql('{ Pledges(limit: 100) { docs { status featured consentToShow } } }', {}, site)
    expect(
      pledges.body.data.Pledges.docs.every(
        (pledge: { status: string; featured: boolean; consentToShow: boolean }) => pledge.status === 'approved' && pledge.featured && pledge.consentToShow,
      ),
    ).toBe(true)
    const screenings = await graphql('{ Screenings(limit: 100) { docs { hostRequest { id } } } }', {}, site)
    expect(screenings.body.data.Screenings.docs.every((screening: { hostRequest: unknown }) => screening.hostRequest === null)).toBe(true)
  })

  test("an address that spent its public points still gets the site's pages: the site has its own budget", async () => {
    const shared = '10.4.0.9'
    const heavy = print(operations.find((operation) => operation.name === 'PageBySlug')!.document)
    let status = 200
    for (let sent = 0; status === 200 && sent < 100; sent++) status = (await graphql(heavy, { locale: 'en', slug: 'about' }, { ip: shared })).status
    expect(status).toBe(429)
    const fromSite = await graphql(heavy, { locale: 'en', slug: 'about' }, { apiKey: inject('siteApiKey'), ip: shared })
    expect(fromSite.status).toBe(200)
    expect(fromSite.headers.get('ratelimit-policy')).toMatch(/^"site-graphql";q=\d+;w=60$/)
  })
})
