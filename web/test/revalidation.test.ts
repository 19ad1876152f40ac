/**
 * Targeted revalidation: when a post is edited, the CMS says which post changed and the site drops only
 * the cached pages that show it (its pages in both languages, the blog lists, the home page). A page
 * that does not show it stays in the cache: the same render, with the same Last-Modified.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { adminToken } from './helpers/cms'
import { revalidateSecret } from './setup/stack'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const slug = 'demo-teaching-with-made-in-la'
let post: { id: string; title: string }
let token: string

const renderedAt = async (path: string) => {
  const response = await fetch(`${webUrl}${path}`)
  expect(response.status, path).toBe(200)
  return { lastModified: response.headers.get('last-modified'), html: await response.text() }
}

const editTitle = async (title: string) => {
  const response = await fetch(`${cmsUrl}/api/posts/${post.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title }),
  })
  expect(response.status).toBe(200)
}

beforeAll(async () => {
  token = await adminToken()
  const found = await fetch(`${cmsUrl}/api/posts?where[slug][equals]=${slug}&depth=0`, { headers: { authorization: `JWT ${token}` } })
  post = (await found.json()).docs[0]
})

afterAll(async () => {
  if (post) await editTitle(post.title)
})

test('an edit to one post drops its pages, the blog lists and the home page, and leaves unrelated pages cached', async () => {
  const others = await fetch(`${cmsUrl}/api/posts?depth=0&limit=100&where[slug][not_equals]=${slug}`, { headers: { authorization: `JWT ${token}` } })
  // A post that does not list the edited one as related, so its page does not show it.
  const otherPost = ((await others.json()).docs as { slug: string; relatedPosts?: string[] }[]).find((doc) => !doc.relatedPosts?.includes(post.id))!
  const showing = [`/blog/${slug}`, `/es/blog/${slug}`, '/blog', '/es/blog', '/', '/es']
  const unrelated = ['/about-the-film', '/es/about-the-film', '/screenings/demo-los-angeles-community-screening', `/blog/${otherPost.slug}`, '/buy-the-dvd']

  // Everything dropped first (a call naming nothing), so each page below is rendered now and stays
  // fresh for the minute of its cache entry: an older entry would be rendered again during the test.
  const everything = await fetch(`${webUrl}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${revalidateSecret}` } })
  expect(everything.status).toBe(200)
  const before = new Map<string, string | null>()
  for (const path of [...showing, ...unrelated]) {
    const first = await renderedAt(path)
    expect((await renderedAt(path)).lastModified, path).toBe(first.lastModified)
    before.set(path, first.lastModified)
  }
  // Last-Modified has one-second steps: a new render must be able to differ.
  await new Promise((resolve) => setTimeout(resolve, 1100))

  const title = `Teaching with Made in L.A., edited ${Date.now()}`
  await editTitle(title)
  await expect.poll(async () => (await renderedAt(`/blog/${slug}`)).html, { timeout: 5000, interval: 200 }).toContain(title)

  for (const path of showing) expect((await renderedAt(path)).lastModified, `${path} is rendered again`).not.toBe(before.get(path))
  expect((await renderedAt('/blog')).html).toContain(title)
  for (const path of unrelated) expect((await renderedAt(path)).lastModified, `${path} stays cached`).toBe(before.get(path))
})

test('a revalidation naming something the site does not know is refused, naming the field', async () => {
  const response = await fetch(`${webUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${revalidateSecret}` },
    body: JSON.stringify({ collection: 'posts', slugs: 'not-a-list' }),
  })
  expect(response.status).toBe(400)
  expect((await response.json()).message).toMatch(/slugs/)
})
