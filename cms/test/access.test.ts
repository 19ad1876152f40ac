/**
 * The access matrix: every role x every collection and global x read/create/update/delete,
 * over REST and over GraphQL, against the real server.
 */
import { beforeAll, describe, expect, test } from 'vitest'

import { api, type Auth, graphql } from './helpers/http'
import { graphqlNames, sampleData, type Slug, tinyPng } from './helpers/samples'
import { type RoleName, signInAsEveryRole } from './helpers/users'

type Operation = 'read' | 'create' | 'update' | 'delete'
type Rule = Record<Operation, RoleName[]>

const everyone: RoleName[] = ['anonymous', 'editor', 'moderator', 'admin', 'site']
const editors: RoleName[] = ['editor', 'admin']
const moderators: RoleName[] = ['moderator', 'admin']

const content: Rule = { read: everyone, create: editors, update: editors, delete: editors }
const submission: Rule = { read: moderators, create: [...moderators, 'site'], update: moderators, delete: moderators }
// The team's saved lists: read by the whole team, written by editors, never public.
const teamList: Rule = { read: ['editor', 'moderator', 'admin'], create: editors, update: editors, delete: editors }

const rules: Record<Slug, Rule> = {
  posts: content,
  categories: content,
  pages: content,
  'press-items': content,
  media: content,
  screenings: content,
  dvds: content,
  'host-requests': submission,
  pledges: submission,
  comments: submission,
  subscribers: submission,
  'contact-messages': submission,
  'undelivered-submissions': submission,
  users: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
  redirects: content,
  'screening-alerts': submission,
  venues: teamList,
  hosts: teamList,
  partners: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
  webhooks: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
}

const edits: Record<Slug, Record<string, unknown>> = {
  posts: { excerpt: 'Edited excerpt' },
  categories: { description: 'Edited' },
  pages: { summary: 'Edited' },
  'press-items': { pullQuote: 'Edited' },
  media: { caption: 'Edited' },
  // Payload's GraphQL update input demands a group that has required fields.
  screenings: { description: 'Edited', venue: { name: 'Hall', city: 'Los Angeles', country: 'US' } },
  dvds: { summary: 'Edited' },
  'host-requests': { message: 'Edited' },
  pledges: { message: 'Edited' },
  comments: { body: 'Edited' },
  subscribers: { name: 'Edited' },
  'contact-messages': { subject: 'Edited' },
  'undelivered-submissions': { reason: 'Edited' },
  users: { name: 'Edited' },
  redirects: { to: { type: 'custom', url: '/blog' } },
  'screening-alerts': { place: 'Madison, WI' },
  venues: { address: '1 Edited Street' },
  hosts: { url: 'https://example.org/edited' },
  partners: { pointsPerMinute: 90_000 },
  webhooks: { active: false },
}

const published = (slug: Slug) => (['posts', 'pages', 'screenings', 'dvds'].includes(slug) ? { _status: 'published' } : {})

let members: Record<RoleName, Auth & { id?: string }>
let postId: string

/** Creates a document as the admin, published where the collection has drafts. */
const createAsAdmin = async (slug: Slug): Promise<string> => {
  const result =
    slug === 'media'
      ? await uploadMedia(members.admin)
      : await api('POST', `/api/${slug}`, {
          auth: members.admin,
          body: { ...sampleData(slug, { postId }), ...published(slug) },
        })
  if (result.status !== 201) throw new Error(`admin could not create ${slug}: ${JSON.stringify(result.body)}`)
  return result.body.doc.id
}

const uploadMedia = (auth: Auth) => {
  const form = new FormData()
  form.append('file', new Blob([tinyPng], { type: 'image/png' }), `pixel-${Date.now()}-${Math.random()}.png`)
  form.append('_payload', JSON.stringify(sampleData('media')))
  return api('POST', '/api/media', { auth, raw: form })
}

const rows = (Object.keys(rules) as Slug[]).flatMap((slug) =>
  (['read', 'create', 'update', 'delete'] as Operation[]).flatMap((operation) =>
    everyone.map((role) => ({ slug, operation, role, allowed: rules[slug][operation].includes(role) })),
  ),
)

beforeAll(async () => {
  members = await signInAsEveryRole()
  postId = await createAsAdmin('posts')
})

describe('REST', () => {
  test.each(rows)('$role $operation $slug: allowed=$allowed', async ({ slug, operation, role, allowed }) => {
    const auth = members[role]
    const targetId = operation === 'create' ? '' : await createAsAdmin(slug)
    const result = await {
      read: () => api('GET', `/api/${slug}/${targetId}`, { auth }),
      create: () => (slug === 'media' ? uploadMedia(auth) : api('POST', `/api/${slug}`, { auth, body: sampleData(slug, { postId }) })),
      update: () => api('PATCH', `/api/${slug}/${targetId}`, { auth, body: edits[slug] }),
      delete: () => api('DELETE', `/api/${slug}/${targetId}`, { auth }),
    }[operation]()

    if (allowed) {
      expect(result.status, JSON.stringify(result.body)).toBe(operation === 'create' ? 201 : 200)
    } else {
      expect([401, 403, 404], JSON.stringify(result.body)).toContain(result.status)
      expect(JSON.stringify(result.body)).not.toContain('@test.invalid')
    }
  })
})

describe('GraphQL', () => {
  const graphqlRows = rows.filter((row) => !(row.slug === 'media' && row.operation === 'create'))

  // GraphQL spells a select's values as enum names: America/Los_Angeles is America_Los_Angeles,
  // screening.published is screening_published.
  const enumName = (value: string) => value.replace(/\W/g, '_')
  const asGraphqlInput = (data: Record<string, unknown>) => ({
    ...data,
    ...(typeof data.startsAt_tz === 'string' ? { startsAt_tz: enumName(data.startsAt_tz) } : {}),
    ...(Array.isArray(data.events) ? { events: data.events.map(enumName) } : {}),
  })

  test.each(graphqlRows)('$role $operation $slug: allowed=$allowed', async ({ slug, operation, role, allowed }) => {
    const auth = members[role]
    const { single } = graphqlNames[slug]
    const targetId = operation === 'create' ? '' : await createAsAdmin(slug)
    const field = { read: single, create: `create${single}`, update: `update${single}`, delete: `delete${single}` }[operation]
    const result = await {
      read: () => graphql(`query($id: String!) { ${field}(id: $id) { id } }`, { id: targetId }, auth),
      create: () =>
        graphql(`mutation($data: mutation${single}Input!) { ${field}(data: $data) { id } }`, { data: asGraphqlInput(sampleData(slug, { postId })) }, auth),
      update: () =>
        graphql(
          `mutation($id: String!, $data: mutation${single}UpdateInput!) { ${field}(id: $id, data: $data) { id } }`,
          { id: targetId, data: edits[slug] },
          auth,
        ),
      delete: () => graphql(`mutation($id: String!) { ${field}(id: $id) { id } }`, { id: targetId }, auth),
    }[operation]()

    expect(result.status).toBe(200)
    if (allowed) {
      expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined()
      expect(result.body.data[field].id).toBeTruthy()
    } else {
      expect(result.body.errors?.length, JSON.stringify(result.body)).toBeGreaterThan(0)
      expect(result.body.data?.[field] ?? null).toBeNull()
    }
  })
})

describe('globals', () => {
  const globals = [
    { slug: 'site-settings', name: 'SiteSetting', edit: { share: { message: 'Share this film' } }, field: 'share { message }' },
    { slug: 'home-page', name: 'HomePage', edit: { tagline: 'A new tagline' }, field: 'tagline' },
  ]
  const globalRows = globals.flatMap((global) =>
    everyone.flatMap((role) => [
      { ...global, role, operation: 'read', allowed: true },
      { ...global, role, operation: 'update', allowed: editors.includes(role) },
    ]),
  )

  test.each(globalRows)('$role $operation $slug over REST: allowed=$allowed', async ({ slug, role, operation, edit, allowed }) => {
    const auth = members[role]
    const result = operation === 'read' ? await api('GET', `/api/globals/${slug}`, { auth }) : await api('POST', `/api/globals/${slug}`, { auth, body: edit })
    if (allowed) expect(result.status, JSON.stringify(result.body)).toBe(200)
    else expect([401, 403]).toContain(result.status)
  })

  test.each(globalRows)('$role $operation $slug over GraphQL: allowed=$allowed', async ({ name, role, operation, edit, field, allowed }) => {
    const auth = members[role]
    const result =
      operation === 'read'
        ? await graphql(`{ ${name} { ${field} } }`, {}, auth)
        : await graphql(`mutation($data: mutation${name}Input!) { update${name}(data: $data) { ${field} } }`, { data: edit }, auth)
    if (allowed) expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined()
    else expect(result.body.errors?.length).toBeGreaterThan(0)
  })
})

describe('drafts, versions and private collections', () => {
  let draftId: string

  beforeAll(async () => {
    const draft = await api('POST', '/api/posts?draft=true', {
      auth: members.editor,
      body: { ...sampleData('posts'), title: 'Secret draft post', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    draftId = draft.body.doc.id
  })

  test('anonymous visitors cannot read a draft over REST, even asking for drafts', async () => {
    for (const path of [`/api/posts/${draftId}`, `/api/posts/${draftId}?draft=true`]) {
      const result = await api('GET', path, { auth: members.anonymous })
      expect(result.status).toBe(404)
    }
    const list = await api('GET', '/api/posts?draft=true&limit=100', { auth: members.anonymous })
    expect(JSON.stringify(list.body)).not.toContain('Secret draft post')
  })

  test('anonymous visitors cannot read a draft or any version over GraphQL', async () => {
    const single = await graphql('query($id: String!) { Post(id: $id, draft: true) { title } }', { id: draftId }, members.anonymous)
    expect(single.body.data?.Post ?? null).toBeNull()
    const list = await graphql('{ Posts(draft: true, limit: 100) { docs { title } } }', {}, members.anonymous)
    expect(JSON.stringify(list.body)).not.toContain('Secret draft post')
    for (const query of [
      '{ versionsPosts { docs { id } } }',
      '{ versionsPages { docs { id } } }',
      '{ versionsScreenings { docs { id } } }',
      '{ versionsDvds { docs { id } } }',
    ]) {
      const versions = await graphql(query, {}, members.anonymous)
      expect(versions.body.errors?.length, query).toBeGreaterThan(0)
    }
  })

  test('anonymous visitors cannot list versions over REST', async () => {
    for (const slug of ['posts', 'pages', 'screenings', 'dvds']) {
      const result = await api('GET', `/api/${slug}/versions`, { auth: members.anonymous })
      expect(result.status, slug).toBe(403)
    }
  })

  test('a draft DVD edition (a new price) is read by editors only', async () => {
    const created = await api('POST', '/api/dvds?draft=true', {
      auth: members.admin,
      body: { ...sampleData('dvds'), title: 'Secret edition', _status: 'draft' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    for (const role of ['anonymous', 'site', 'moderator'] as const) {
      const single = await api('GET', `/api/dvds/${id}?draft=true`, { auth: members[role] })
      expect(single.status, role).toBe(404)
      const list = await graphql('{ Dvds(draft: true, limit: 100) { docs { title } } }', {}, members[role])
      expect(JSON.stringify(list.body), role).not.toContain('Secret edition')
    }
    expect((await api('GET', `/api/dvds/${id}?draft=true`, { auth: members.editor })).body.title).toBe('Secret edition')
  })

  test('editors can read the draft', async () => {
    const result = await api('GET', `/api/posts/${draftId}?draft=true`, { auth: members.editor })
    expect(result.status).toBe(200)
    expect(result.body.title).toBe('Secret draft post')
  })

  test('the CMS’s own logs (partners’ use, published changes, webhook deliveries): read by admins alone, written by nobody over HTTP', async () => {
    for (const slug of ['partner-usage', 'content-changes', 'webhook-deliveries']) {
      for (const role of everyone) {
        const read = await api('GET', `/api/${slug}?limit=1`, { auth: members[role] })
        expect(read.status, `${role} reads ${slug}`).toBe(role === 'admin' ? 200 : 403)
        const created = await api('POST', `/api/${slug}`, { auth: members[role], body: {} })
        expect(created.status, `${role} creates ${slug}`).toBe(403)
      }
    }
  })

  test("Payload's internal collections are closed to anonymous visitors and to the site's service account", async () => {
    for (const auth of [members.anonymous, members.site]) {
      for (const slug of ['payload-jobs', 'payload-locked-documents', 'payload-kv']) {
        const result = await api('GET', `/api/${slug}`, { auth })
        expect([401, 403, 404], `${slug}`).toContain(result.status)
      }
    }
    const anonymousPreferences = await api('GET', '/api/payload-preferences', { auth: members.anonymous })
    expect([401, 403]).toContain(anonymousPreferences.status)
    // Signed-in accounts see only their own admin preferences; the service account has none.
    await api('GET', '/api/payload-preferences', { auth: members.admin })
    const sitePreferences = await api('GET', '/api/payload-preferences', { auth: members.site })
    expect(sitePreferences.body.docs ?? []).toEqual([])
  })
})

describe('moderation fields', () => {
  test("the site's service account cannot approve or feature what it submits", async () => {
    const created = await api('POST', '/api/pledges', {
      auth: members.site,
      body: { ...sampleData('pledges'), status: 'approved', featured: true },
    })
    expect(created.status).toBe(201)
    const stored = await api('GET', `/api/pledges/${created.body.doc.id}`, { auth: members.admin })
    expect(stored.body.status).toBe('pending')
    expect(stored.body.featured).toBe(false)
  })

  test('moderators approve and feature; editors cannot', async () => {
    const id = await createAsAdmin('pledges')
    const byEditor = await api('PATCH', `/api/pledges/${id}`, { auth: members.editor, body: { status: 'approved' } })
    expect(byEditor.status).toBe(403)
    const byModerator = await api('PATCH', `/api/pledges/${id}`, {
      auth: members.moderator,
      body: { status: 'approved', featured: true },
    })
    expect(byModerator.status).toBe(200)
    expect(byModerator.body.doc).toMatchObject({ status: 'approved', featured: true })
  })

  test('only admins can change roles, even on their own account', async () => {
    const result = await api('PATCH', `/api/users/${members.editor.id}`, {
      auth: members.editor,
      body: { roles: ['admin'] },
    })
    const me = await api('GET', '/api/users/me', { auth: members.editor })
    expect(me.body.user.roles).toEqual(['editor'])
    expect([200, 403]).toContain(result.status)
  })
})

describe('comments and pledges are public once approved, through their own collections', () => {
  const approve = (slug: 'comments' | 'pledges', id: string, body: Record<string, unknown>) =>
    api('PATCH', `/api/${slug}/${id}`, { auth: members.moderator, body })

  test('visitors, partners and the site read approved comments, never a pending one or an address', async () => {
    const [approved, pending] = [await createAsAdmin('comments'), await createAsAdmin('comments')]
    expect((await approve('comments', approved, { status: 'approved' })).status).toBe(200)
    for (const role of ['anonymous', 'site', 'editor'] as const) {
      const list = await api('GET', `/api/comments?where[post][equals]=${postId}&limit=100`, { auth: members[role] })
      expect(list.status, role).toBe(200)
      const ids = list.body.docs.map((doc: { id: string }) => doc.id)
      expect(ids, role).toContain(approved)
      expect(ids, role).not.toContain(pending)
      expect(JSON.stringify(list.body), role).not.toContain('@test.invalid')
      expect((await api('GET', `/api/comments/${pending}`, { auth: members[role] })).status, role).toBe(404)
      const overGraphql = await graphql(
        'query($post: JSON) { Comments(where: { post: { equals: $post } }, limit: 100) { docs { id email } } }',
        { post: postId },
        members[role],
      )
      expect(
        overGraphql.body.data.Comments.docs.map((doc: { id: string }) => doc.id),
        role,
      ).not.toContain(pending)
      expect(
        overGraphql.body.data.Comments.docs.every((doc: { email: string | null }) => doc.email === null),
        role,
      ).toBe(true)
    }
    const forModerators = await api('GET', `/api/comments/${pending}`, { auth: members.moderator })
    expect(forModerators.body.email).toMatch(/@test\.invalid$/)
  })

  test('a pledge is public only approved, featured and with its signer agreeing to be shown', async () => {
    const featured = await createAsAdmin('pledges')
    const approvedOnly = await createAsAdmin('pledges')
    const withoutConsent = await createAsAdmin('pledges')
    await approve('pledges', featured, { status: 'approved', featured: true })
    await approve('pledges', approvedOnly, { status: 'approved' })
    await approve('pledges', withoutConsent, { status: 'approved', featured: true })
    // Its signer withdrew their agreement: it stops being featured with it.
    expect((await approve('pledges', withoutConsent, { consentToShow: false })).body.doc).toMatchObject({ consentToShow: false, featured: false })
    const list = await api('GET', '/api/pledges?limit=100&sort=-createdAt', { auth: members.anonymous })
    const ids = list.body.docs.map((doc: { id: string }) => doc.id)
    expect(ids).toContain(featured)
    expect(ids).not.toContain(approvedOnly)
    expect(ids).not.toContain(withoutConsent)
  })
})
