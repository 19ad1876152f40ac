/** SIGTERM lets every in-flight request finish, then closes the database and exits cleanly. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from 'vitest'

import { startCms } from './setup/cmsServer'

test('50 requests in flight when SIGTERM arrives all complete, and the process exits 0', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-shutdown-'))
  const { url, child } = await startCms(dir)
  try {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    const query = '{ Posts(limit: 20) { docs { title content categories { title } heroImage { url } } } }'
    const inFlight = Array.from({ length: 50 }, (_, i) =>
      fetch(`${url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.50.0.${i + 1}` },
        body: JSON.stringify({ query }),
      }).then(async (response) => ({ status: response.status, body: await response.json(), at: Date.now() })),
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    child.kill('SIGTERM')
    const killedAt = Date.now()

    const results = await Promise.all(inFlight)
    expect(results.map((result) => result.status)).toEqual(Array(50).fill(200))
    expect(results.filter((result) => !result.body.data?.Posts?.docs.length).map((r) => JSON.stringify(r.body))).toEqual([])
    // Some answers arrived after the signal: they really were in flight.
    expect(Math.max(...results.map((result) => result.at))).toBeGreaterThan(killedAt)
    expect(await exited).toBe(0)
    await expect(fetch(`${url}/healthz`)).rejects.toThrow()
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
})
