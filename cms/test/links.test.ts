/**
 * One link field everywhere a link is set (issue 15): call-to-action steps (in a post's rich text and
 * a page's layout), hero buttons, the navigation, the footer and the home page. A site path or an
 * http(s) address is accepted on draft, preview and publish alike; anything else is refused on the
 * first save, draft included, naming the field; a chosen document's link follows its slug.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { api, type Auth, graphql, unique } from './helpers/http'
import { lexical } from './helpers/samples'
import { signInAsEveryRole } from './helpers/users'

let editor: Auth
let anonymous: Auth
let originalSettings: Record<string, unknown>
let originalHome: Record<string, unknown>

const ctaStep = (linkUrl: string) => ({ text: 'Do this today', linkLabel: 'Get involved with the campaign', linkUrl })

/** A post whose rich text ends with a call to action. */
const postWithSteps = (linkUrl: string) => {
  const content = lexical('Body')
  content.root.children.push({
    type: 'block',
    version: 2,
    format: '',
    fields: { id: unique('block').slice(0, 24), blockName: '', blockType: 'callToAction', heading: 'Take action', steps: [ctaStep(linkUrl)] },
  } as never)
  return { title: `Links ${unique('post')}`, excerpt: 'Links', content }
}

const stepsOf = (doc: { content: { root: { children: { type: string; fields?: { steps?: { linkUrl: string }[] } }[] } } }) =>
  doc.content.root.children.find((node) => node.type === 'block')?.fields?.steps ?? []

beforeAll(async () => {
  ;({ editor, anonymous } = await signInAsEveryRole())
  originalSettings = (await api('GET', '/api/globals/site-settings?depth=0', { auth: editor })).body
  originalHome = (await api('GET', '/api/globals/home-page?depth=0', { auth: editor })).body
})

afterAll(async () => {
  await api('POST', '/api/globals/site-settings', { auth: editor, body: { navigation: originalSettings.navigation } })
  await api('POST', '/api/globals/home-page', { auth: editor, body: { callsToAction: originalHome.callsToAction } })
})

describe('a call-to-action step linking to /get-involved', () => {
  test('saves as a draft, previews and publishes, unchanged', async () => {
    const draft = await api('POST', '/api/posts?draft=true', { auth: editor, body: { ...postWithSteps('/get-involved'), _status: 'draft' } })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const id = draft.body.doc.id
    const preview = await api('GET', `/api/posts/${id}?draft=true&depth=0`, { auth: editor })
    expect(stepsOf(preview.body)[0]?.linkUrl).toBe('/get-involved')
    const published = await api('PATCH', `/api/posts/${id}`, { auth: editor, body: { _status: 'published' } })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const read = await api('GET', `/api/posts/${id}?depth=0`, { auth: anonymous })
    expect(stepsOf(read.body)[0]?.linkUrl).toBe('/get-involved')
  })
})

describe('links that are neither a site path nor a web address', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example',
    'not a link',
  ]

  test.each(unsafe)('%s is refused on a draft post (rich text), naming the field, and nothing is stored', async (link) => {
    const title = `Refused ${unique('post')}`
    const result = await api('POST', '/api/posts?draft=true', { auth: editor, body: { ...postWithSteps(link), title, _status: 'draft' } })
    expect(result.status).toBe(400)
    expect(JSON.stringify(result.body)).toMatch(/linkUrl (must be a site path|must be a site path starting)/)
    const stored = await api('GET', `/api/posts?draft=true&where[title][equals]=${encodeURIComponent(title)}`, { auth: editor })
    expect(stored.body.totalDocs).toBe(0)
  })

  test.each(unsafe)('%s is refused in a draft page layout: a hero button and a step', async (link) => {
    const hero = await api('POST', '/api/pages?draft=true', {
      auth: editor,
      body: {
        title: unique('Hero'),
        _status: 'draft',
        layout: [{ blockType: 'hero', heading: 'Hello', buttonLabel: 'Find a screening near you', buttonLink: link }],
      },
    })
    expect(hero.status).toBe(400)
    expect(JSON.stringify(hero.body)).toContain('buttonLink')
    const steps = await api('POST', '/api/pages?draft=true', {
      auth: editor,
      body: { title: unique('Steps'), _status: 'draft', layout: [{ blockType: 'callToAction', heading: 'Act', steps: [ctaStep(link)] }] },
    })
    expect(steps.status).toBe(400)
    expect(JSON.stringify(steps.body)).toContain('linkUrl')
  })

  test.each(unsafe)('%s is refused in the navigation, the footer and the home page, which keep what they had', async (link) => {
    const item = { label: 'Somewhere else entirely', link }
    for (const body of [{ navigation: [item] }, { footer: { links: [item] } }]) {
      const result = await api('POST', '/api/globals/site-settings', { auth: editor, body })
      expect(result.status, JSON.stringify(body)).toBe(400)
      expect(JSON.stringify(result.body)).toContain('link')
    }
    const home = await api('POST', '/api/globals/home-page', {
      auth: editor,
      body: { callsToAction: [{ heading: 'Act', buttonLabel: 'Sign the pledge today', link }] },
    })
    expect(home.status).toBe(400)
    const settings = await api('GET', '/api/globals/site-settings?depth=0', { auth: editor })
    expect(settings.body.navigation).toEqual(originalSettings.navigation)
  })
})

describe('a link to a document', () => {
  test('the navigation links a chosen page by its path, and follows it when its slug changes', async () => {
    const slug = unique('linked-page')
    const page = await api('POST', '/api/pages', { auth: editor, body: { title: 'Linked page', slug, _status: 'published' } })
    expect(page.status, JSON.stringify(page.body)).toBe(201)
    const navigation = [
      ...((originalSettings.navigation as Record<string, unknown>[]) ?? []).map(({ id: _id, ...item }) => item),
      { label: 'The linked page', linkDocument: { relationTo: 'pages', value: page.body.doc.id } },
    ]
    const saved = await api('POST', '/api/globals/site-settings', { auth: editor, body: { navigation } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const linkOf = async () => {
      const result = await graphql('{ SiteSetting { navigation { label link } } }', {}, anonymous)
      return result.body.data.SiteSetting.navigation.find((item: { label: string }) => item.label === 'The linked page')?.link
    }
    expect(await linkOf()).toBe(`/${slug}`)

    expect((await api('PATCH', `/api/pages/${page.body.doc.id}`, { auth: editor, body: { slug: `${slug}-renamed` } })).status).toBe(200)
    expect(await linkOf()).toBe(`/${slug}-renamed`)
  })

  test('a required link is refused when neither a document nor a path is given', async () => {
    const result = await api('POST', '/api/globals/site-settings', { auth: editor, body: { navigation: [{ label: 'Nowhere in particular' }] } })
    expect(result.status).toBe(400)
    expect(JSON.stringify(result.body)).toContain('link: choose a page, post or screening')
  })
})
