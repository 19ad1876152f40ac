/**
 * Submission limits on the CMS count each client address, except the site's service account: the
 * site sends every visitor's submission from its one address and limits each visitor itself.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { startCms, testCredentials } from './setup/cmsServer'

const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-limits-'))
let cms: Awaited<ReturnType<typeof startCms>>

beforeAll(async () => {
  cms = await startCms(dir, { env: { SUBMISSION_RATE_LIMIT: '3' } })
})

afterAll(async () => {
  const exited = new Promise((resolve) => cms.child.once('exit', resolve))
  cms.child.kill('SIGTERM')
  await exited
  rmSync(dir, { recursive: true, force: true })
})

const send = (index: number, authorization: string) =>
  fetch(`${cms.url}/api/contact-messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.95.0.1', authorization },
    body: JSON.stringify({
      name: 'Limit',
      email: 'limit@example.org',
      subject: `Limit ${index}`,
      message: 'Hello',
      submissionId: `limit-${Date.now()}-${index}`,
    }),
  }).then((response) => response.status)

test("the site's deliveries from one address are not limited", async () => {
  const statuses: number[] = []
  for (let index = 0; index < 8; index++) statuses.push(await send(index, `users API-Key ${testCredentials.siteApiKey}`))
  expect(statuses).toEqual(Array(8).fill(201))
})

test('anyone else from one address is, a wrong key included', async () => {
  const statuses: number[] = []
  for (let index = 0; index < 5; index++) statuses.push(await send(index, 'users API-Key not-the-site-key-0000000000'))
  expect(statuses.slice(0, 3).every((status) => status !== 429)).toBe(true)
  expect(statuses.slice(3)).toEqual([429, 429])
})
