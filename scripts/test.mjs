// `pnpm test`: runs every package's suite, then prints one line summing them all.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'

const reportsDir = path.resolve('.test-reports')
rmSync(reportsDir, { recursive: true, force: true })
mkdirSync(reportsDir, { recursive: true })

const suites = [
  // The pure modules (forms, formatting, calendar links, environment, video, choices): seconds.
  { name: 'shared', dir: 'shared' },
  { name: 'cms', dir: 'cms' },
  { name: 'web', dir: 'web' },
  // Builds the production images from the Dockerfiles and starts them: minutes, so last.
  { name: 'images', dir: 'cms', config: 'vitest.images.config.ts' },
]
let passed = 0
let failed = 0
let exitCode = 0

// The suites change nothing outside the clone and the system temp directory. Tools that keep files in
// the user's home (Vitest's API token, Chromium's profile and crash reports, dconf, npm's cache) get a
// throwaway one; the user's npm settings are still read, and pnpm keeps using the clone's store.
const home = mkdtempSync(path.join(tmpdir(), 'made-in-la-test-home-'))
const userNpmrc = process.env.npm_config_userconfig ?? path.join(homedir(), '.npmrc')
const storeDir = spawnSync('pnpm', ['store', 'path'], { encoding: 'utf8' }).stdout.trim()
const env = {
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: path.join(home, '.config'),
  XDG_CACHE_HOME: path.join(home, '.cache'),
  XDG_DATA_HOME: path.join(home, '.local', 'share'),
  XDG_STATE_HOME: path.join(home, '.local', 'state'),
  npm_config_cache: process.env.npm_config_cache ?? path.join(home, '.npm'),
  ...(existsSync(userNpmrc) ? { npm_config_userconfig: userNpmrc } : {}),
  ...(storeDir ? { npm_config_store_dir: storeDir } : {}),
}
process.on('exit', () => rmSync(home, { recursive: true, force: true }))

// Types are checked as a suite of their own (tsx and Vitest strip them without looking), and so are
// the linters and the formatting (`pnpm lint`, zero warnings).
for (const check of [['-r', 'typecheck'], ['lint']]) {
  const result = spawnSync('pnpm', check, { stdio: 'inherit', env })
  if (result.status === 0) passed += 1
  else {
    failed += 1
    exitCode = 1
  }
}

for (const suite of suites) {
  const report = path.join(reportsDir, `${suite.name}.json`)
  const result = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', ...(suite.config ? ['--config', suite.config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: suite.dir, stdio: 'inherit', env },
  )
  if (result.status !== 0) exitCode = 1
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'))
    passed += summary.numPassedTests
    failed += summary.numFailedTests
    // A suite that crashed before reporting counts as one failure.
    if (result.status !== 0 && summary.numFailedTests === 0) failed += 1
  } catch {
    failed += 1
  }
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(exitCode)
