/** SIGTERM to the site during 50 in-flight requests: every one is answered before it exits. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, inject, test } from 'vitest'

import { freePort } from '../../cms/test/setup/cmsServer'
import { startWeb } from './setup/stack'

test('50 requests in flight when SIGTERM arrives all complete, and the site exits 0', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'made-in-la-web-shutdown-'))
  const { url, child } = await startWeb(dir, await freePort(), inject('cmsUrl'))
  try {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    // Distinct query strings miss the page cache, so each is a real render still under way.
    const inFlight = Array.from({ length: 50 }, (_, index) =>
      fetch(`${url}/blog?shutdown=${index}`, { headers: { accept: 'text/html' } }).then(async (response) => ({
        status: response.status,
        html: await response.text(),
        at: Date.now(),
      })),
    )
    // Long enough for all 50 requests to have reached the server (Nitro closes connections that have
    // not sent a request yet), far shorter than the 50 renders take on two cores.
    await new Promise((resolve) => setTimeout(resolve, 300))
    child.kill('SIGTERM')
    const killedAt = Date.now()

    const results = await Promise.all(inFlight)
    expect(results.map((result) => result.status)).toEqual(Array(50).fill(200))
    expect(results.every((result) => result.html.includes('Restore Fairness campaign'))).toBe(true)
    expect(Math.max(...results.map((result) => result.at))).toBeGreaterThan(killedAt)
    expect(await exited).toBe(0)
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
})
