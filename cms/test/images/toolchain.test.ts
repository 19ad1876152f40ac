/**
 * The README's start command on a machine whose own Node 24 has another pnpm installed globally (a
 * newer pnpm 10, which would try to switch itself to the pinned version): `./run.sh start` still starts
 * the site and the CMS, and nothing is written into that Node or into the user's home.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { repoRoot } from '../helpers/compose'
import { changedPaths, fingerprint, globalInstallDirs, userToolDirs } from '../helpers/fingerprint'
import { freePort } from '../setup/cmsServer'

const workDir = mkdtempSync(path.join(tmpdir(), 'made-in-la-toolchain-'))
const machineNode = path.join(workDir, 'node24')
const home = path.join(workDir, 'home')
const pinned = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).packageManager.replace('pnpm@', '') as string
const otherPnpm = pinned === '10.34.9' ? '10.34.7' : '10.34.9'
let start: ChildProcess | undefined

/** npm itself, wherever this machine has it (beside Node, or the system's). */
const npmDir = () => path.dirname(spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim())

/** A PATH on which this Node 24, with its global bin, comes first, as on a machine where it is the system's. */
const machinePath = () => [path.join(machineNode, 'bin'), npmDir(), '/usr/local/bin', '/usr/bin', '/bin'].join(':')

/** That machine's environment: its PATH, a home of its own, and this machine's network settings. */
const machineEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries({
      PATH: machinePath(),
      HOME: home,
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS,
      npm_config_userconfig: process.env.npm_config_userconfig,
      npm_config_cache: path.join(workDir, 'npm-cache'),
      ...extra,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ) as NodeJS.ProcessEnv

beforeAll(async () => {
  mkdirSync(path.join(machineNode, 'bin'), { recursive: true })
  mkdirSync(home, { recursive: true })
  // A Node 24 installation outside the clone: this one's binary, under a prefix of its own.
  try {
    linkSync(process.execPath, path.join(machineNode, 'bin', 'node'))
  } catch {
    copyFileSync(process.execPath, path.join(machineNode, 'bin', 'node'))
  }
  const installed = spawnSync('npm', ['install', '--global', `pnpm@${otherPnpm}`, '--silent'], { env: machineEnv(), encoding: 'utf8' })
  if (installed.status !== 0) throw new Error(`could not install pnpm@${otherPnpm} globally: ${installed.stderr}`)
}, 120_000)

afterAll(async () => {
  if (start?.pid && start.exitCode === null) {
    const exited = new Promise((resolve) => start!.once('exit', resolve))
    process.kill(-start.pid, 'SIGTERM')
    await exited
  }
  rmSync(workDir, { recursive: true, force: true })
}, 60_000)

const answers = async (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  )

test(`./run.sh start starts with pnpm ${otherPnpm} installed globally, and writes nothing outside the clone`, { timeout: 240_000 }, async () => {
  const pathPnpm = spawnSync('pnpm', ['--version'], {
    cwd: tmpdir(),
    env: machineEnv({ npm_config_manage_package_manager_versions: 'false' }),
    encoding: 'utf8',
  })
  expect(pathPnpm.stdout.trim()).toBe(otherPnpm)
  const watched = [...globalInstallDirs(path.join(machineNode, 'bin', 'node')), home, ...userToolDirs()]
  const before = fingerprint(watched)

  const [cmsPort, webPort] = [await freePort(), await freePort()]
  start = spawn('./run.sh', ['start'], {
    cwd: repoRoot,
    detached: true,
    env: machineEnv({
      CMS_PORT: String(cmsPort),
      WEB_PORT: String(webPort),
      DATABASE_URI: `file:${path.join(workDir, 'cms.db')}`,
      MEDIA_DIR: path.join(workDir, 'media'),
      PAYLOAD_JOBS_AUTORUN: 'false',
      // The store the outer run uses, so the clone's node_modules stay as they are.
      npm_config_store_dir: process.env.npm_config_store_dir,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  start.stdout!.on('data', (chunk) => (output += chunk))
  start.stderr!.on('data', (chunk) => (output += chunk))

  const deadline = Date.now() + 200_000
  while (!((await answers(`http://127.0.0.1:${cmsPort}/readyz`)) && (await answers(`http://127.0.0.1:${webPort}/readyz`)))) {
    if (start.exitCode !== null) throw new Error(`./run.sh start exited with ${start.exitCode}:\n${output.slice(-3000)}`)
    if (Date.now() > deadline) throw new Error(`./run.sh start did not come up:\n${output.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  expect(output).toContain(`pnpm ${pinned}`)
  expect(output).not.toMatch(/Refusing to run|signature could not be verified/)
  const homePage = await fetch(`http://127.0.0.1:${webPort}/`)
  expect(homePage.status).toBe(200)
  expect(await homePage.text()).toContain('Restore Fairness')

  expect(changedPaths(before, fingerprint(watched))).toEqual([])

  // The demo's secrets were made for this checkout, readable by its owner only, and are in no
  // committed file (issue 12, finding 14); with the demo sign-in, nothing listens beyond loopback.
  const secretsFile = path.join(repoRoot, '.local-secrets.json')
  expect(statSync(secretsFile).mode & 0o077).toBe(0)
  const secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as Record<string, string>
  expect(Object.keys(secrets).sort()).toEqual(['PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'SITE_API_KEY'])
  for (const value of Object.values(secrets)) {
    expect(value).toMatch(/^[0-9a-f]{64}$/)
    expect(spawnSync('git', ['grep', '-q', value], { cwd: repoRoot }).status).toBe(1)
  }
  const outside = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)
  if (outside) {
    for (const port of [cmsPort, webPort]) expect(await answers(`http://${outside.address}:${port}/healthz`), `port ${port} on ${outside.address}`).toBe(false)
  }
})
