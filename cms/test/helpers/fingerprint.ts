import { lstatSync, readdirSync } from 'node:fs'
import { userInfo } from 'node:os'
import path from 'node:path'

/** Every file and directory under `roots`, with its size and modification time (missing roots are skipped). */
export const fingerprint = (roots: string[]): Map<string, string> => {
  const entries = new Map<string, string>()
  const walk = (target: string) => {
    let stat
    try {
      stat = lstatSync(target)
    } catch {
      return
    }
    entries.set(target, stat.isDirectory() ? 'directory' : `${stat.size} bytes, modified ${stat.mtimeMs}`)
    if (stat.isDirectory()) for (const name of readdirSync(target)) walk(path.join(target, name))
  }
  for (const root of roots) walk(root)
  return entries
}

/** What was added, removed or changed between two fingerprints. */
export const changedPaths = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((entry) => before.get(entry) !== after.get(entry)).sort()

/** Where a Node installation keeps what `npm install --global` adds. */
export const globalInstallDirs = (nodeBinary: string) => {
  const prefix = path.resolve(path.dirname(nodeBinary), '..')
  return [path.join(prefix, 'lib', 'node_modules'), path.join(prefix, 'bin')]
}

/** Where package managers, test runners and browsers keep files in the user's own home directory. */
export const userToolDirs = (home = userInfo().homedir) =>
  [
    '.npmrc',
    '.npm',
    '.local/share/pnpm',
    '.local/state/pnpm',
    '.cache/pnpm',
    '.config/pnpm',
    '.cache/node/corepack',
    '.local/share/vitest',
    '.config/chromium',
    '.cache/chromium',
    '.cache/dconf',
  ].map((entry) => path.join(home, entry))
