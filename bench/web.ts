/**
 * The serving path, measured in one run on one machine (issue 11). Starts its own CMS and site, the
 * production nginx (deploy/nginx.conf) in front of them, and a plain nginx serving the same page as
 * a file. Prints figures and ratios; asserts nothing.
 *
 *   pnpm bench        (BENCH_SECONDS=10 BENCH_CONNECTIONS=50 by default; BENCH_ONLY=pages|partners|heavy for one part)
 *
 * - static: nginx serving the home page's HTML as a file (the ceiling on this machine);
 * - proxy: the cached home page through the production nginx (micro-cache);
 * - site: the cached home page from the site alone;
 * - miss: every request a page the site must render with its CMS reads (each round clears the
 *   site's caches first), at 1 and at 50 connections;
 * - flood: 30 s of unique query strings at 20 connections, through the proxy: parameters the site
 *   does not read, then filter values that do not exist (404s, never 5xx);
 * - GraphQL and REST: the same list of posts (same fields), as partners from many addresses.
 * - heavy (issue 12): 8 parallel copies of the heaviest queries the limits still accept (15 aliases
 *   sharing one `where` of as many `like` conditions as the cost allows; as many aliases of 100
 *   posts with content and relations as it allows; each found by search), each request from a new
 *   address, while /healthz is asked every 50 ms; prints its worst latency.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { runNginx, startProxy } from '../cms/test/helpers/proxy'
import { freePort } from '../cms/test/setup/cmsServer'
import { revalidateSecret, startStack, stopProcess, stopStack } from '../web/test/setup/stack'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const floodSeconds = Number(process.env.BENCH_FLOOD_SECONDS ?? 30)
const only = process.env.BENCH_ONLY
const browser = { accept: 'text/html', 'accept-encoding': 'br, gzip' }

type Figures = { rps: number; p50: number; p99: number; total: number; non2xx: number; status5xx: number }

const load = (
  url: string,
  options: {
    connections?: number
    duration?: number
    headers?: Record<string, string>
    method?: 'GET' | 'POST'
    body?: string
    path?: (n: number) => string
    setup?: (n: number) => Record<string, string>
    requestBody?: (n: number) => string
  } = {},
) =>
  new Promise<Figures>((resolve, reject) => {
    let counter = 0
    autocannon(
      {
        url,
        connections: options.connections ?? connections,
        duration: options.duration ?? seconds,
        method: options.method ?? 'GET',
        headers: options.headers ?? browser,
        body: options.body,
        requests:
          options.path || options.setup
            ? [
                {
                  setupRequest: (request) => {
                    const n = counter++
                    return {
                      ...request,
                      ...(options.path ? { path: options.path(n) } : {}),
                      ...(options.requestBody ? { body: options.requestBody(n) } : {}),
                      headers: { ...request.headers, ...options.setup?.(n) },
                    }
                  },
                },
              ]
            : undefined,
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({
              rps: result.requests.average,
              p50: result.latency.p50,
              p99: result.latency.p99,
              total: result.requests.total,
              non2xx: result.non2xx + result.errors,
              status5xx: result['5xx'] + result.errors,
            }),
    )
  })

const line = (title: string, figures: Figures) =>
  console.log(
    `${title.padEnd(44)} ${figures.rps.toFixed(0).padStart(7)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms   ${figures.total} requests, ${figures.non2xx} non-2xx, ${figures.status5xx} 5xx`,
  )

/** A plain nginx serving `html` as /index.html: what this machine can do with a file. */
const startStaticNginx = async (dir: string, html: string) => {
  mkdirSync(path.join(dir, 'root'), { recursive: true })
  writeFileSync(path.join(dir, 'root', 'index.html'), html)
  const url = `http://127.0.0.1:${await freePort()}`
  const child = await runNginx(dir, `access_log off; server { listen ${new URL(url).host}; root ${dir}/root; default_type text/html; }`, `${url}/`)
  return { url, child }
}

/** Pages that each need a render and CMS reads once the site's caches are cleared. */
const missPages = [
  '/',
  '/blog',
  '/screenings',
  '/screenings?scope=past',
  '/buy-the-dvd',
  '/about-the-film',
  '/get-involved',
  '/press',
  '/contact',
  '/blog/breakthrough-restore-fairness-campaign',
  '/screenings/demo-los-angeles-community-screening',
  '/es',
  '/es/blog',
  '/es/screenings',
  '/es/buy-the-dvd',
  '/es/about-the-film',
  '/es/press',
  '/es/contact',
  '/learn-more',
  '/host-a-screening',
  '/made-in-la',
  '/es/learn-more',
]

/** Rounds of: clear the site's caches, then ask for `width` different pages at once. */
const misses = async (siteUrl: string, width: number, duration: number) => {
  const latencies: number[] = []
  let failed = 0
  const ends = Date.now() + duration * 1000
  while (Date.now() < ends) {
    await fetch(`${siteUrl}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${revalidateSecret}` } })
    await Promise.all(
      Array.from({ length: width }, async (_, index) => {
        const started = performance.now()
        const response = await fetch(`${siteUrl}${missPages[index % missPages.length]}`, { headers: browser })
        await response.arrayBuffer()
        latencies.push(performance.now() - started)
        if (response.status !== 200) failed++
      }),
    )
  }
  latencies.sort((a, b) => a - b)
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0)
  return { rps: latencies.length / duration, p50: at(0.5), p99: at(0.99), total: latencies.length, non2xx: failed, status5xx: 0 }
}

const stack = await startStack()
const work = path.join(stack.dir, 'bench')
const proxy = await startProxy(path.join(work, 'proxy'), { web: stack.webUrl, cms: stack.cmsUrl })
const home = await (await fetch(`${stack.webUrl}/`, { headers: { accept: 'text/html' } })).text()
const plain = await startStaticNginx(path.join(work, 'static'), home)
try {
  if (!only || only === 'pages') await pages()
  if (only !== 'pages' && only !== 'heavy') await partners()
  if (!only || only === 'heavy') await heavy()
} finally {
  await Promise.all([stopProcess(proxy.child), stopProcess(plain.child)])
  await stopStack(stack)
}

async function pages() {
  await fetch(`${proxy.web}/`, { headers: browser })
  console.log(`\n${connections} connections, ${seconds} s each; the home page is ${Math.round(home.length / 1024)} KB of HTML\n`)
  const staticFile = await load(`${plain.url}/`, { headers: { accept: 'text/html' } })
  line('static: nginx, the same HTML as a file', staticFile)
  const proxied = await load(`${proxy.web}/`)
  line('proxy: cached page through production nginx', proxied)
  const site = await load(`${stack.webUrl}/`)
  line('site: cached page from the site alone', site)
  console.log(
    `   proxy / static = ${(proxied.rps / staticFile.rps).toFixed(2)}x (target 0.5x, p99 under 20 ms); site / static = ${(site.rps / staticFile.rps).toFixed(3)}x`,
  )

  line('miss: render + CMS reads, 1 connection', await misses(stack.webUrl, 1, seconds))
  line(`miss: render + CMS reads, ${connections} at once`, await misses(stack.webUrl, connections, seconds))

  const unknownParameters = ['utm_source', 'utm_campaign', 'fbclid', 'gclid', 'ref', 'x']
  const floodPages = ['/', '/blog', '/screenings', '/es/blog', '/buy-the-dvd']
  const flood = await load(proxy.web, {
    connections: 20,
    duration: floodSeconds,
    path: (n) => `${floodPages[n % floodPages.length]}?${unknownParameters[n % unknownParameters.length]}=${n}-${Math.random().toString(36).slice(2)}`,
  })
  line(`flood: unique query strings, 20 conn, ${floodSeconds} s`, flood)
  // Unknown values are answered 404 from cached lists, without a CMS read (not part of the 30 s).
  const notFound = await load(proxy.web, {
    connections: 20,
    duration: floodSeconds / 2,
    path: (n) => [`/screenings?city=c${n}`, `/blog?category=k${n}`, `/blog/p${n}`, `/screenings/s${n}`][n % 4]!,
  })
  line(`flood: unknown values (404s), 20 conn, ${floodSeconds / 2} s`, notFound)
  console.log(`   flood 5xx: ${flood.status5xx + notFound.status5xx} (target 0); non-2xx among unique query strings: ${flood.non2xx} (target 0)`)
}

async function partners() {
  const fields = ['title', 'slug', 'excerpt', 'publishedAt']
  const partner = (n: number) => ({ 'x-forwarded-for': `10.${100 + (n % 100)}.${Math.floor(n / 100) % 250}.${1 + (n % 250)}` })
  const graphql = await load(`${stack.cmsUrl}/api/graphql`, {
    connections: 10,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ Posts(limit: 10, sort: "-publishedAt") { docs { ${fields.join(' ')} } } }` }),
    setup: partner,
  })
  line('GraphQL: 10 posts, 4 fields, 10 conn', graphql)
  // Each request's variables different: nothing answered from the second-long cache of answers.
  const uncached = await load(`${stack.cmsUrl}/api/graphql`, {
    connections: 10,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    setup: partner,
    body: JSON.stringify({ query: `{ Posts(limit: 10, sort: "-publishedAt") { docs { ${fields.join(' ')} } } }` }),
    requestBody: (n) => JSON.stringify({ query: `{ Posts(limit: 10, sort: "-publishedAt") { docs { ${fields.join(' ')} } } }`, variables: { request: n } }),
  })
  line('GraphQL, no kept answers (unique variables)', uncached)
  const select = fields.map((field) => `select[${field}]=true`).join('&')
  const rest = await load(`${stack.cmsUrl}/api/posts?limit=10&sort=-publishedAt&depth=0&${select}`, { connections: 10, headers: {}, setup: partner })
  line('REST: the same list, 10 conn', rest)
  console.log(`   GraphQL / REST = ${(graphql.rps / rest.rps).toFixed(2)}x (target 1.0x); without kept answers ${(uncached.rps / rest.rps).toFixed(2)}x\n`)
}

async function heavy() {
  let address = 0
  const newAddress = () => `10.${150 + (++address % 50)}.${Math.floor(address / 50) % 250}.${1 + (address % 250)}`
  const aliased = (count: number, field: string) => Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')
  // Two shapes: 15 aliases sharing one `where` of n `like` conditions (the finding), and n aliases
  // each listing 100 posts with their content and relations. A variable the query does not use,
  // different each time, keeps every request out of the kept answers.
  const shapes = {
    'where-heavy': (n: number, nonce = 0) =>
      JSON.stringify({
        query: `query($w: Post_where) { ${aliased(15, 'Posts(where: $w, limit: 10) { docs { title slug excerpt } }')} }`,
        variables: { w: { OR: Array.from({ length: n }, (_, index) => ({ title: { like: `word${index}` } })) }, nonce },
      }),
    'list-heavy': (n: number, nonce = 0) =>
      JSON.stringify({
        query: `{ ${aliased(n, 'Posts(limit: 100) { docs { title slug excerpt content publishedAt categories { title slug } heroImage { url alt width height } } }')} }`,
        variables: { nonce },
      }),
  }
  const refused = async (body: string) => {
    const response = await fetch(`${stack.cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress() },
      body,
    })
    const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] }
    return answer.errors?.some((error) => error.extensions?.code === 'QUERY_TOO_COSTLY') ?? false
  }
  for (const [shape, body] of Object.entries(shapes)) {
    // The largest n the cost rules still accept.
    let [low, high] = [0, shape === 'where-heavy' ? 4096 : 16]
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      if (await refused(body(middle))) high = middle
      else low = middle
    }
    const healthz: number[] = []
    let running = true
    const probe = (async () => {
      while (running) {
        const started = performance.now()
        await fetch(`${stack.cmsUrl}/healthz`).then((response) => response.arrayBuffer())
        healthz.push(performance.now() - started)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })()
    const figures = await load(`${stack.cmsUrl}/api/graphql`, {
      connections: 8,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(low),
      requestBody: (n) => body(low, n),
      setup: () => ({ 'x-forwarded-for': newAddress() }),
    })
    running = false
    await probe
    const sorted = [...healthz].sort((a, b) => a - b)
    console.log(`\n${shape}: n = ${low}, the most the cost rules accept (${Math.round(body(low).length / 1024)} KB)`)
    line(`${shape}: 8 parallel copies`, figures)
    console.log(
      `   /healthz during the run: ${healthz.length} probes, p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p99 ${sorted[Math.floor(sorted.length * 0.99)]!.toFixed(1)} ms, worst ${sorted.at(-1)!.toFixed(1)} ms (target: worst under 200 ms)`,
    )
  }
}
