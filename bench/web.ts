/**
 * Throughput and latency of the public site: a page served from Nitro's cache, and a page rendered
 * on each request (page cache missed; CMS reads still cached). Starts its own CMS and site unless
 * WEB_URL points at a running one. Prints figures; asserts nothing.
 *
 *   pnpm bench            (or WEB_URL=http://localhost:3000 pnpm bench)
 */
import autocannon from 'autocannon'

import { startStack, stopStack, type Stack } from '../web/test/setup/stack'

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const duration = Number(process.env.BENCH_SECONDS ?? 10)

const run = (title: string, url: string, uniquePath?: (n: number) => string) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    let counter = 0
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        headers: { accept: 'text/html' },
        requests: uniquePath ? [{ setupRequest: (request) => ({ ...request, path: uniquePath(counter++) }) }] : undefined,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
    instance.on('done', () => undefined)
    console.log(`\n${title}: ${connections} connections, ${duration} s`)
  })

const report = (result: autocannon.Result) => {
  const non2xx = result.non2xx + result.errors
  console.log(
    `  ${result.requests.average.toFixed(0)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   ` +
      `(${result.requests.total} requests, ${non2xx} errors or non-2xx)`,
  )
}

let stack: Stack | undefined
const webUrl = process.env.WEB_URL ?? (stack = await startStack()).webUrl
try {
  // Warm the caches once.
  await fetch(`${webUrl}/`, { headers: { accept: 'text/html' } })
  await fetch(`${webUrl}/blog`, { headers: { accept: 'text/html' } })
  report(await run('Cached page (/)', `${webUrl}/`))
  report(await run('Page-cache miss, SSR render (/blog?bench=n)', `${webUrl}/blog`, (n) => `/blog?bench=${n}`))
} finally {
  if (stack) await stopStack(stack)
}
