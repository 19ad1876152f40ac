/**
 * The production images, built the way their Dockerfiles say (every RUN line as written, on a copy
 * of the build context; see dockerfile.ts for what an engine would do differently) and started the way
 * docker-compose.yml starts them, except that the CMS uses the embedded SQLite database instead of
 * MongoDB, which cannot run here. Redis is real.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { composeConfig, repoRoot } from '../helpers/compose'
import { changedPaths, fingerprint, globalInstallDirs, userToolDirs } from '../helpers/fingerprint'
import { startProxy } from '../helpers/proxy'
import { freePort } from '../setup/cmsServer'
import { buildImage, type Image, mapEnv } from './dockerfile'

const workDir = mkdtempSync(path.join(tmpdir(), 'made-in-la-images-'))
const buildLog = createWriteStream(path.join(workDir, 'build.log'))
const secrets = {
  PAYLOAD_SECRET: 'images-test-secret-0123456789abcdef',
  SITE_API_KEY: 'images-test-site-key-0123456789',
  REVALIDATE_SECRET: 'images-test-revalidate-secret',
  SEED_ADMIN_EMAIL: 'admin@images.test.invalid',
  SEED_ADMIN_PASSWORD: 'images-test-admin-password',
}

const images: Partial<Record<'cms' | 'web', Image>> = {}
const containers: Partial<Record<'cms' | 'web' | 'redis' | 'proxy', ChildProcess>> = {}
/**
 * Each container has its own network in compose, so both listen on their image's port there. Here they
 * share this machine with whatever else runs on it: each gets a free port instead (PORT, as
 * `docker run -e PORT=` would set it), and the health checks and addresses follow.
 */
const ports = { web: 0, cms: 0 }
const direct = { web: '', cms: '' }
/** Where the proxy publishes the site and the CMS (3000 and 3001 in compose). */
const proxied = { web: '', cms: '' }
const sizes: Record<string, number> = {}
/** This machine's Node installations and the user's tool directories, which a build must not touch. */
const machineDirs = [...globalInstallDirs(process.execPath), '/usr/local/lib/node_modules', '/usr/local/bin', '/usr/lib/node_modules', ...userToolDirs()]
let machineBefore: Map<string, string>

/** Total bytes under a directory, each hard-linked file counted once (as `du` does). */
const diskUsage = (dir: string, seen = new Set<number>()): number => {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isSymbolicLink()) continue
    const stat = statSync(full)
    if (seen.has(stat.ino)) continue
    seen.add(stat.ino)
    total += entry.isDirectory() ? diskUsage(full, seen) : stat.size
  }
  return total
}

/** The command an image or compose health check names, run as the engine would (exit 0 = healthy). */
const check = (argv: string[], image: Image, port: number) =>
  new Promise<number | null>((resolve) => {
    const [command, ...args] = argv.map((part) => part.replaceAll(`127.0.0.1:${image.exposed[0]}`, `127.0.0.1:${port}`))
    const child = spawn(command === 'node' ? process.execPath : command!, args, {
      cwd: image.hostPath(image.workdir),
      env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin` } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv,
      stdio: 'ignore',
    })
    child.once('exit', resolve)
  })

/** Starts an image's CMD with the image's ENV and the service's compose environment on top. */
const startContainer = (name: 'cms' | 'web', image: Image, environment: Record<string, string>) => {
  const [command, ...args] = image.cmd
  const child = spawn(command === 'node' ? process.execPath : command!, args, {
    cwd: image.hostPath(image.workdir),
    env: {
      PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
      HOME: path.join(workDir, `${name}-home`),
      ...mapEnv({ ...image.env, ...environment, PORT: String(ports[name]) }, image.hostPath),
    } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv,
    stdio: ['ignore', openSync(path.join(workDir, `${name}.log`), 'a'), 'pipe'],
  })
  child.stderr?.pipe(process.stderr)
  containers[name] = child
  return child
}

const waitForHealth = async (image: Image, port: number, child: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the container exited with ${child.exitCode}; log in ${workDir}`)
    if ((await check(image.healthcheck!, image, port)) === 0) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`not healthy after ${timeoutMs} ms; log in ${workDir}`)
}

/** Compose's hostnames are the other containers; here they all share one address. */
const onThisHost = (environment: Record<string, string>, redisPort: number) =>
  Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [
      key,
      String(value)
        .replace('//cms:3001', `//127.0.0.1:${ports.cms}`)
        .replace('//web:3000', `//127.0.0.1:${ports.web}`)
        .replace('//redis:6379', `//127.0.0.1:${redisPort}`),
    ]),
  )

const stop = async (child: ChildProcess | undefined) => {
  if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  child.kill('SIGTERM')
  return exited
}

beforeAll(async () => {
  ports.web = await freePort()
  ports.cms = await freePort()
  direct.web = `http://127.0.0.1:${ports.web}`
  direct.cms = `http://127.0.0.1:${ports.cms}`
  const log = (text: string) => buildLog.write(text)
  machineBefore = fingerprint(machineDirs)
  const started = Date.now()
  images.web = await buildImage({ dockerfile: path.join(repoRoot, 'web/Dockerfile'), context: repoRoot, root: path.join(workDir, 'web-image'), log })
  images.cms = await buildImage({ dockerfile: path.join(repoRoot, 'cms/Dockerfile'), context: repoRoot, root: path.join(workDir, 'cms-image'), log })
  sizes.web = diskUsage(images.web.root)
  sizes.cms = diskUsage(images.cms.root)
  console.log(
    `images built in ${Math.round((Date.now() - started) / 1000)} s; cms ${Math.round(sizes.cms / 2 ** 20)} MiB, web ${Math.round(sizes.web / 2 ** 20)} MiB (above node:24-slim)`,
  )

  const { config, stderr } = composeConfig([], secrets)
  if (!config) throw new Error(`docker-compose config failed: ${stderr}`)
  const redisPort = await freePort()
  containers.redis = spawn('redis-server', ['--port', String(redisPort), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })

  const cmsEnvironment = onThisHost(config.services.cms!.environment!, redisPort)
  expect(cmsEnvironment.DATABASE_URI).toMatch(/^mongodb:/)
  cmsEnvironment.DATABASE_URI = `file:${path.join(workDir, 'cms.db')}`
  const cms = startContainer('cms', images.cms, cmsEnvironment)
  await waitForHealth(images.cms, ports.cms, cms, 120_000)

  const web = startContainer('web', images.web, onThisHost(config.services.web!.environment!, redisPort))
  await waitForHealth(images.web, ports.web, web, 60_000)
  const proxy = await startProxy(path.join(workDir, 'proxy'), direct)
  containers.proxy = proxy.child
  proxied.web = proxy.web
  proxied.cms = proxy.cms
}, 40 * 60_000)

afterAll(async () => {
  await Promise.all([stop(containers.proxy), stop(containers.web), stop(containers.cms), stop(containers.redis)])
  buildLog.end()
  if (process.env.KEEP_IMAGES) console.log(`images kept in ${workDir}`)
  else rmSync(workDir, { recursive: true, force: true })
}, 60_000)

describe('the images', () => {
  test('run as the unprivileged node user and expose the ports compose publishes', () => {
    expect(images.cms!.user).toBe('node')
    expect(images.web!.user).toBe('node')
    expect(images.cms!.exposed).toEqual(['3001'])
    expect(images.web!.exposed).toEqual(['3000'])
    expect(images.cms!.env.NODE_ENV).toBe('production')
    expect(images.web!.env.NODE_ENV).toBe('production')
  })

  test('the CMS image holds its production dependencies only, and not the site', () => {
    const store = readdirSync(images.cms!.hostPath('/repo/node_modules/.pnpm'))
    expect(store.some((name) => name.startsWith('payload@'))).toBe(true)
    // Development tools of the CMS, and the site's framework: none belongs in the CMS image.
    for (const devOnly of ['vitest@', 'playwright-core@', 'smtp-server@', 'mailparser@', 'nuxt@', 'autocannon@']) {
      expect(
        store.filter((name) => name.startsWith(devOnly)),
        devOnly,
      ).toEqual([])
    }
    expect(existsSync(images.cms!.hostPath('/repo/web'))).toBe(false)
    expect(existsSync(images.cms!.hostPath('/repo/cms/.next/BUILD_ID'))).toBe(true)
  })

  test('the site image is the self-contained server output alone', () => {
    expect(readdirSync(images.web!.hostPath('/app')).sort()).toEqual(['.data', '.output'])
    expect(sizes.web).toBeLessThan(150 * 2 ** 20)
  })
})

describe('started as compose starts them (SQLite in place of MongoDB)', () => {
  test("both pass their image's and compose's health checks", async () => {
    const { config } = composeConfig([], secrets)
    for (const name of ['cms', 'web'] as const) {
      expect(await check(images[name]!.healthcheck!, images[name]!, ports[name]), `${name} image HEALTHCHECK`).toBe(0)
      const composeCheck = config!.services[name]!.healthcheck!.test
      expect(composeCheck[0]).toBe('CMD')
      expect(await check(composeCheck.slice(1), images[name]!, ports[name]), `${name} compose healthcheck`).toBe(0)
    }
  })

  test('the site answers its home page with CMS content, and is ready', async () => {
    const home = await fetch(`${direct.web}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Restore Fairness')
    const ready = await fetch(`${direct.web}/readyz`)
    expect(ready.status).toBe(200)
    const spanish = await fetch(`${direct.web}/es`)
    expect(spanish.status).toBe(200)
    expect(await spanish.text()).toContain('La campaña Restore Fairness')
  })

  test('the CMS serves the admin, the API and GraphQL, and is ready', async () => {
    expect((await fetch(`${direct.cms}/readyz`)).status).toBe(200)
    const admin = await fetch(`${direct.cms}/admin/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<html')
    const graphql = await fetch(`${direct.cms}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Posts(limit: 5) { docs { title } } }' }),
    })
    expect(graphql.status).toBe(200)
    const titles = ((await graphql.json()).data.Posts.docs as { title: string }[]).map((post) => post.title)
    expect(titles).toContain("Breakthrough's Restore Fairness campaign")
  })

  test('a message sent through the site is stored by the CMS', async () => {
    const subject = `Image check ${Date.now()}`
    const sent = await fetch(`${direct.web}/api/forms/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Image Check', email: 'image.check@example.org', subject, message: 'Hello from the image test' }),
    })
    expect(sent.status).toBe(202)
    const login = await fetch(`${direct.cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: secrets.SEED_ADMIN_EMAIL, password: secrets.SEED_ADMIN_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    await expect
      .poll(
        async () => {
          const response = await fetch(`${direct.cms}/api/contact-messages?where[subject][equals]=${encodeURIComponent(subject)}&depth=0`, {
            headers: { authorization: `JWT ${token}` },
          })
          return (await response.json()).totalDocs
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(1)
  })

  test("through the proxy: the site, with nginx's request id in the site's log", async () => {
    const home = await fetch(`${proxied.web}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Restore Fairness')
    const requestId = home.headers.get('x-request-id')
    expect(requestId).toMatch(/^[0-9a-f]{32}$/)
    // The line is written when the response has ended, and the logger writes asynchronously.
    const loggedLine = () =>
      readFileSync(path.join(workDir, 'web.log'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { requestId?: string; path?: string; status?: number })
        .find((line) => line.requestId === requestId)
    await expect.poll(loggedLine, { timeout: 5000 }).toMatchObject({ path: '/', status: 200 })
  })

  test('through the proxy: no server names its software or version, on a page or an error (issue 12, finding 11)', async () => {
    for (const url of [`${proxied.web}/`, `${proxied.web}/no-such-page`, `${proxied.cms}/api/no-such-route`, `${proxied.web}/${'x'.repeat(9000)}`]) {
      const response = await fetch(url)
      expect(response.headers.get('server'), url).toBe('nginx')
      expect(response.headers.get('x-powered-by'), url).toBeNull()
      expect(await response.text(), url).not.toMatch(/nginx\/\d/)
    }
  })

  test('through the proxy: the admin with its assets, the REST API and GraphQL', async () => {
    const login = await fetch(`${proxied.cms}/admin/login`)
    expect(login.status).toBe(200)
    const html = await login.text()
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1]!)
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets.slice(0, 5)) expect((await fetch(`${proxied.cms}${asset}`)).status, asset).toBe(200)
    expect((await fetch(`${proxied.cms}/api/posts?limit=1`)).status).toBe(200)
    const graphql = await fetch(`${proxied.cms}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Posts(limit: 1) { totalDocs } }' }),
    })
    expect((await graphql.json()).data.Posts.totalDocs).toBeGreaterThan(0)
  })

  test('through the proxy, a visitor cannot dodge the form limit by writing X-Forwarded-For', async () => {
    const statuses: number[] = []
    for (let index = 0; index < 7; index++) {
      const response = await fetch(`${proxied.web}/api/forms/pledge`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${index}` },
        body: JSON.stringify({ name: `Proxy visitor ${index}`, city: 'Anywhere' }),
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429])
  })

  test('through the proxy: pages and assets are micro-cached (the second request is a hit), compressed', async () => {
    for (const url of ['/blog', '/screenings?scope=past', '/feed.xml']) {
      await fetch(`${proxied.web}${url}`, { headers: { 'accept-encoding': 'gzip' } })
      const second = await fetch(`${proxied.web}${url}`, { headers: { 'accept-encoding': 'gzip' } })
      expect(second.status, url).toBe(200)
      expect(second.headers.get('x-cache'), url).toBe('HIT')
      expect(second.headers.get('content-encoding'), url).toBe('gzip')
    }
    // A page that hydrates (the home page ships no JS).
    const html = await (await fetch(`${proxied.web}/contact`)).text()
    const asset = /src="(\/_nuxt\/[^"]+\.js)"/.exec(html)?.[1]
    expect(asset).toBeTruthy()
    await fetch(`${proxied.web}${asset}`)
    expect((await fetch(`${proxied.web}${asset}`)).headers.get('x-cache')).toBe('HIT')
  })

  test('through the proxy: form posts, previews, subscription pages, data routes and health checks are never cached', async () => {
    const twice = async (url: string, init?: RequestInit) => {
      await fetch(`${proxied.web}${url}`, init)
      return fetch(`${proxied.web}${url}`, init)
    }
    for (const url of [
      '/preview/posts/x?token=not-a-token',
      '/es/preview/posts/x?token=x',
      '/subscription/confirm?token=x',
      '/api/posts?locale=en',
      '/api/forms/state/abc',
      '/readyz',
    ]) {
      expect((await twice(url)).headers.get('x-cache'), url).not.toBe('HIT')
    }
    const post = await twice('/api/forms/contact', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
      body: '{}',
    })
    expect(post.headers.get('x-cache')).not.toBe('HIT')
  })

  test('through the proxy: a response that sets a cookie is never cached; one that does not is', async () => {
    const { createServer } = await import('node:http')
    const upstream = createServer((request, response) => {
      if (request.url === '/cookie') response.setHeader('set-cookie', 'session=one-visitor; HttpOnly')
      response.setHeader('content-type', 'text/html')
      response.end(`<p>${request.url}</p>`)
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const address = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`
    const proxy = await startProxy(path.join(workDir, 'cookie-proxy'), { web: address, cms: direct.cms })
    try {
      for (const [url, cached] of [
        ['/cookie', false],
        ['/plain', true],
      ] as const) {
        await fetch(`${proxy.web}${url}`)
        const second = await fetch(`${proxy.web}${url}`)
        expect(second.headers.get('x-cache') === 'HIT', url).toBe(cached)
      }
    } finally {
      await stop(proxy.child)
      upstream.close()
    }
  })

  test('through the proxy: a published edit is visible within 5 seconds', async () => {
    const login = await fetch(`${proxied.cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: secrets.SEED_ADMIN_EMAIL, password: secrets.SEED_ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const found = await fetch(`${proxied.cms}/api/posts?where[slug][equals]=breakthrough-restore-fairness-campaign&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    const postId = ((await found.json()) as { docs: { id: string }[] }).docs[0]!.id
    const url = `${proxied.web}/blog/breakthrough-restore-fairness-campaign`
    expect((await fetch(url)).status).toBe(200)
    expect((await fetch(url)).headers.get('x-cache')).toMatch(/HIT|UPDATING|STALE/)

    const title = `Restore Fairness, edited ${Date.now()}`
    const edited = await fetch(`${proxied.cms}/api/posts/${postId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(edited.status).toBe(200)
    const started = Date.now()
    await expect.poll(async () => (await fetch(url)).text(), { timeout: 5000, interval: 250 }).toContain(title)
    console.log(`edit visible through nginx after ${Date.now() - started} ms`)
  })

  test('through the proxy: with every copy of the site stopped, the pages nginx has still answer 200', async () => {
    const pages = ['/', '/blog', '/screenings', '/es']
    for (const url of pages) expect((await fetch(`${proxied.web}${url}`)).status, url).toBe(200)
    expect(await stop(containers.web)).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    for (const url of pages) {
      const response = await fetch(`${proxied.web}${url}`)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('x-cache'), url).toBe('STALE')
    }
    expect((await fetch(`${proxied.web}/blog?page=987`)).status).toBe(502)
  })

  test('docker stop: SIGTERM ends both with exit code 0', async () => {
    expect(await stop(containers.web)).toBe(0)
    expect(await stop(containers.cms)).toBe(0)
  })
})

describe('this machine', () => {
  test("building and running the images changed nothing in this machine's Node or the user's home", () => {
    // The Dockerfiles' `npm install --global pnpm` ran for real, in the build's own prefix.
    expect(changedPaths(machineBefore, fingerprint(machineDirs))).toEqual([])
  })
})
