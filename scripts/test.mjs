// `pnpm test`: runs every package's suite, then prints one line summing them all.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

const reportsDir = path.resolve('.test-reports')
rmSync(reportsDir, { recursive: true, force: true })
mkdirSync(reportsDir, { recursive: true })

const suites = [
  { name: 'cms', dir: 'cms' },
  { name: 'web', dir: 'web' },
  // Builds the production images from the Dockerfiles and starts them: minutes, so last.
  { name: 'images', dir: 'cms', config: 'vitest.images.config.ts' },
]
let passed = 0
let failed = 0
let exitCode = 0

// Types are checked as a suite of their own: tsx and Vitest strip them without looking.
const typecheck = spawnSync('pnpm', ['-r', 'typecheck'], { stdio: 'inherit' })
if (typecheck.status === 0) passed += 1
else {
  failed += 1
  exitCode = 1
}

for (const suite of suites) {
  const report = path.join(reportsDir, `${suite.name}.json`)
  const result = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', ...(suite.config ? ['--config', suite.config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: suite.dir, stdio: 'inherit' },
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
