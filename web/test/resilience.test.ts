/**
 * The site keeps serving when the CMS is down (even across a restart of the site), and shows an
 * edit within seconds of publishing once the CMS is back. Runs its own CMS and site.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { startCms, testCredentials } from '../../cms/test/setup/cmsServer'
import { revalidateSecret, type Stack, startStack, startWeb, stopProcess, stopStack } from './setup/stack'
import { sitePages } from './helpers/pages'

let stack: Stack

const get = async (pathname: string) => {
  const response = await fetch(`${stack.webUrl}${pathname}`, { headers: { accept: 'text/html' } })
  return { status: response.status, html: await response.text() }
}

beforeAll(async () => {
  stack = await startStack()
})

afterAll(async () => {
  await stopStack(stack)
})

const cmsLog = () => readFileSync(path.join(stack.dir, 'cms', 'cms.log'), 'utf8')

test('with the CMS stopped, every page visited before still answers 200 with its content', async () => {
  for (const { path: pathname } of sitePages) expect((await get(pathname)).status, pathname).toBe(200)

  await stopProcess(stack.cms)
  await expect(fetch(`${stack.cmsUrl}/healthz`)).rejects.toThrow()

  for (const { path: pathname, content } of sitePages) {
    const { status, html } = await get(pathname)
    expect(status, pathname).toBe(200)
    expect(html, pathname).toContain(content)
  }
  const readiness = await fetch(`${stack.webUrl}/readyz`)
  expect(readiness.status).toBe(503)
})

test('a restart of the site during the outage keeps serving from the persistent cache', async () => {
  await stopProcess(stack.web)
  stack.web = (await startWeb(path.join(stack.dir, 'web'), stack.webPort, stack.cmsUrl)).child
  for (const { path: pathname, content } of sitePages) {
    const { status, html } = await get(pathname)
    expect(status, pathname).toBe(200)
    expect(html, pathname).toContain(content)
  }
})

test('when the CMS is back, a published edit shows within 5 seconds', async () => {
  stack.cms = (
    await startCms(path.join(stack.dir, 'cms'), {
      port: stack.cmsPort,
      env: { WEB_URL: stack.webUrl, REVALIDATE_SECRET: revalidateSecret },
    })
  ).child

  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testCredentials.admin),
  })
  const { token } = await login.json()
  const { docs } = await (await fetch(`${stack.cmsUrl}/api/posts?where[slug][equals]=breakthrough-restore-fairness-campaign`)).json()
  const newTitle = `Restore Fairness, edited at ${Date.now()}`

  const edited = await fetch(`${stack.cmsUrl}/api/posts/${docs[0].id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title: newTitle }),
  })
  expect(edited.status).toBe(200)
  const publishedAt = Date.now()

  await expect
    .poll(async () => (await get('/blog/breakthrough-restore-fairness-campaign')).html, { timeout: 5000, interval: 200 })
    .toContain(newTitle)
    .catch((error) => {
      throw new Error(`${error.message}\nCMS log:\n${cmsLog().slice(-3000)}`)
    })
  await expect.poll(async () => (await get('/blog')).html, { timeout: 5000, interval: 200 }).toContain(newTitle)
  expect(Date.now() - publishedAt).toBeLessThan(5000)
})

test('the revalidation endpoint refuses callers without the secret', async () => {
  const response = await fetch(`${stack.webUrl}/api/revalidate`, { method: 'POST', headers: { authorization: 'Bearer wrong' } })
  expect(response.status).toBe(401)
})
