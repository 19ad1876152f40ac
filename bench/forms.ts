/**
 * 1,000 contact-form submissions, 50 at a time, through the site to the CMS: how many the site
 * accepted, how many the CMS stored, how many were lost, and the site's p50/p99 answer time.
 * Starts its own CMS and site. Prints figures; asserts nothing.   pnpm bench:forms
 */
import { testCredentials } from '../cms/test/setup/cmsServer'
import { startStack, stopStack } from '../web/test/setup/stack'

const total = Number(process.env.BENCH_SUBMISSIONS ?? 1000)
const concurrency = Number(process.env.BENCH_CONNECTIONS ?? 50)
const batch = `Bench ${Date.now()}`

const stack = await startStack()
try {
  const latencies: number[] = []
  let accepted = 0
  let next = 0
  const worker = async () => {
    while (next < total) {
      const index = next++
      const started = performance.now()
      const response = await fetch(`${stack.webUrl}/api/forms/contact`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.90.${Math.floor(index / 250)}.${index % 250}` },
        body: JSON.stringify({ name: `Visitor ${index}`, email: `v${index}@example.org`, subject: `${batch} ${index}`, message: 'Hello' }),
      })
      latencies.push(performance.now() - started)
      if (response.status === 202) accepted++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000

  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testCredentials.admin),
  })
  const { token } = await login.json()
  const stored = async () => {
    const response = await fetch(`${stack.cmsUrl}/api/contact-messages?where[subject][like]=${encodeURIComponent(batch)}&limit=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    return (await response.json()).totalDocs as number
  }
  let count = await stored()
  for (let wait = 0; count < accepted && wait < 60; wait++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    count = await stored()
  }
  latencies.sort((a, b) => a - b)
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(0)
  console.log(`${total} submissions, ${concurrency} at a time, in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)}/s)`)
  console.log(`accepted ${accepted}   stored ${count}   lost ${accepted - count}   p50 ${percentile(50)} ms   p99 ${percentile(99)} ms`)
} finally {
  await stopStack(stack)
}
