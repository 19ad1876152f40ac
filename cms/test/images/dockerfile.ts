/**
 * Builds an image's filesystem the way its Dockerfile says, without Docker: every RUN line of the
 * Dockerfile is executed as written, in a directory standing for the container's root.
 *
 * The emulation, and where it has to differ from an engine:
 * - Both stages use the same root directory (the build stage is moved aside when the next FROM
 *   begins), so absolute paths a build records are still right in the final stage, as in an image.
 * - `FROM node:24-slim` is this test's Node (24, the same major). What an image would keep in its own
 *   /usr/local and /root (the npm prefix that `npm install --global` fills, npm's cache, the home
 *   directory) is a throwaway directory beside the root, removed with the build: a RUN line changes
 *   nothing in this machine's Node or the user's home. pnpm's package store is the clone's own (as a
 *   build cache mount would be), so the build does not download every package again.
 * - Ownership needs root and the image's `node` user: `chown` is a no-op and USER is recorded only.
 * - Absolute container paths in ENV values are placed under the root; a RUN line naming one is
 *   refused, so the emulation never writes outside its root.
 */
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import ignore from 'ignore'

export type Instruction = { keyword: string; flags: Record<string, string>; args: string }
export type Stage = { image: string; name?: string; instructions: Instruction[] }

/** Splits a Dockerfile into stages of instructions: continuation lines joined, comments dropped. */
export const parseDockerfile = (text: string): Stage[] => {
  const lines: string[] = []
  let pending = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!pending && (line === '' || line.startsWith('#'))) continue
    if (line.startsWith('#')) continue
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `
      continue
    }
    lines.push(`${pending}${line}`.trim())
    pending = ''
  }
  const stages: Stage[] = []
  for (const line of lines) {
    const [keyword = '', ...rest] = line.split(/\s+/)
    let args = line.slice(keyword.length).trim()
    const flags: Record<string, string> = {}
    for (const word of rest) {
      const flag = /^--([\w-]+)=(\S*)$/.exec(word)
      if (!flag) break
      flags[flag[1]!] = flag[2]!
      args = args.slice(word.length).trim()
    }
    const upper = keyword.toUpperCase()
    if (upper === 'FROM') {
      const [image = '', as, name] = args.split(/\s+/)
      stages.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] })
      continue
    }
    const stage = stages.at(-1)
    if (!stage) throw new Error(`Dockerfile: ${upper} before any FROM`)
    stage.instructions.push({ keyword: upper, flags, args })
  }
  return stages
}

/** `["node", "x"]` (exec form) or a shell command (shell form), as an argv. */
export const commandArgv = (args: string): string[] => (args.startsWith('[') ? (JSON.parse(args) as string[]) : ['/bin/sh', '-c', args])

/** `A=1 B="two words"` as pairs. */
const parseEnv = (args: string): [string, string][] =>
  [...args.matchAll(/([A-Za-z_][\w]*)=("(?:[^"\\]|\\.)*"|\S*)/g)].map(([, key, value]) => [
    key!,
    value!.startsWith('"') ? (JSON.parse(value!) as string) : value!,
  ])

/** The files `docker build .` sends from a fresh clone: tracked and new files, minus `.dockerignore`. */
export const buildContext = (repo: string): string[] => {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  const dockerignore = path.join(repo, '.dockerignore')
  const ignored = ignore().add(existsSync(dockerignore) ? readFileSync(dockerignore, 'utf8') : '')
  return [...new Set(listed.stdout.split('\0').filter(Boolean))].filter((file) => !ignored.ignores(file) && existsSync(path.join(repo, file)))
}

export type Image = {
  root: string
  workdir: string
  env: Record<string, string>
  user?: string
  exposed: string[]
  cmd: string[]
  healthcheck?: string[]
  /** The host path standing for a path inside the image. */
  hostPath: (containerPath: string) => string
}

type BuildOptions = {
  dockerfile: string
  context: string
  root: string
  /** Where each RUN's output goes (the build log). */
  log: (line: string) => void
}

const containerRoots = ['/repo', '/app']

/** Settings a build takes from the machine it runs on, as build arguments would: network and the store. */
const hostSettings = () => {
  const keep = /^(https?_proxy|no_proxy|node_extra_ca_certs|npm_config_(userconfig|store_dir|registry|cafile))$/i
  const settings = Object.fromEntries(Object.entries(process.env).filter(([key]) => keep.test(key)))
  if (!settings.npm_config_store_dir) {
    const store = spawnSync('pnpm', ['store', 'path'], { encoding: 'utf8' }).stdout.trim()
    if (store) settings.npm_config_store_dir = store
  }
  return settings
}

/** Runs one RUN line with /bin/sh, as the engine does; rejects with the tail of its output on failure. */
const run = (command: string, cwd: string, env: Record<string, string | undefined>, log: (text: string) => void) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    let tail = ''
    const collect = (chunk: Buffer) => {
      const text = chunk.toString()
      log(text)
      tail = (tail + text).slice(-4000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', reject)
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`RUN ${command} failed (${code}):\n${tail}`))))
  })

export const buildImage = async ({ dockerfile, context, root, log }: BuildOptions): Promise<Image> => {
  const stages = parseDockerfile(readFileSync(dockerfile, 'utf8'))
  const hostPath = (containerPath: string) => path.join(root, containerPath)
  const stageRoots = new Map<string, string>()
  const shims = `${root}.shims`
  mkdirSync(shims, { recursive: true })
  // The image's own /usr/local (global npm prefix), npm cache and home: see the emulation notes above.
  const scratch = `${root}.scratch`
  const globalPrefix = path.join(scratch, 'npm-global')
  mkdirSync(path.join(scratch, 'home'), { recursive: true })
  const buildEnv = {
    ...hostSettings(),
    HOME: path.join(scratch, 'home'),
    npm_config_prefix: globalPrefix,
    npm_config_cache: path.join(scratch, 'npm-cache'),
    npm_config_update_notifier: 'false',
    PATH: [path.join(globalPrefix, 'bin'), shims, path.dirname(process.execPath), ...(process.env.PATH ?? '').split(':')].join(':'),
  }
  writeFileSync(path.join(shims, 'chown'), '#!/bin/sh\n# Ownership needs root and the image user; see dockerfile.ts.\nexit 0\n')
  chmodSync(path.join(shims, 'chown'), 0o755)
  const contextFiles = buildContext(context)

  let image: Image | undefined
  for (const [index, stage] of stages.entries()) {
    if (index > 0) {
      const previous = stages[index - 1]!
      const aside = `${root}.stage-${index - 1}`
      renameSync(root, aside)
      stageRoots.set(previous.name ?? String(index - 1), aside)
    }
    mkdirSync(root, { recursive: true })
    if (!/^node:24(\W|$)/.test(stage.image)) throw new Error(`Only node:24 images are emulated (got ${stage.image})`)
    let workdir = '/'
    const env: Record<string, string> = {}
    const current: Image = { root, workdir, env, exposed: [], cmd: [], hostPath }
    const inRoot = (containerPath: string) => hostPath(path.posix.resolve(workdir, containerPath))

    for (const { keyword, flags, args } of stage.instructions) {
      switch (keyword) {
        case 'WORKDIR':
          workdir = path.posix.resolve(workdir, args)
          mkdirSync(hostPath(workdir), { recursive: true })
          break
        case 'ENV':
          for (const [key, value] of parseEnv(args)) env[key] = value
          break
        case 'COPY': {
          const [source = '', destination = ''] = args.split(/\s+/)
          if (flags.from) {
            const from = stageRoots.get(flags.from)
            if (!from) throw new Error(`COPY --from=${flags.from}: no such stage`)
            // The stage is discarded after the build, so its files are moved rather than copied (pnpm's
            // hard links would otherwise become copies of every package).
            mkdirSync(path.dirname(inRoot(destination)), { recursive: true })
            if (existsSync(inRoot(destination))) throw new Error(`COPY --from onto an existing ${destination} is not emulated`)
            renameSync(path.join(from, source), inRoot(destination))
          } else {
            if (source !== '.') throw new Error(`Only "COPY . <dest>" from the context is emulated (got ${args})`)
            for (const file of contextFiles) {
              const target = path.join(inRoot(destination), file)
              mkdirSync(path.dirname(target), { recursive: true })
              cpSync(path.join(context, file), target)
            }
          }
          break
        }
        case 'RUN': {
          const absolute = containerRoots.find((prefix) => new RegExp(`(^|[\\s=])${prefix}(/|\\s|$)`).test(args))
          if (absolute) throw new Error(`RUN names ${absolute} by absolute path, which the emulation cannot place: ${args}`)
          log(`\n$ RUN ${args}\n`)
          await run(args, hostPath(workdir), { ...buildEnv, ...mapEnv(env, hostPath) }, log)
          break
        }
        case 'USER':
          current.user = args
          break
        case 'EXPOSE':
          current.exposed.push(...args.split(/\s+/))
          break
        case 'CMD':
          current.cmd = commandArgv(args)
          break
        case 'HEALTHCHECK':
          if (!args.startsWith('CMD ')) throw new Error(`HEALTHCHECK must be CMD ... (got ${args})`)
          current.healthcheck = commandArgv(args.slice('CMD '.length).trim())
          break
        default:
          throw new Error(`Dockerfile instruction ${keyword} is not emulated`)
      }
    }
    current.workdir = workdir
    image = current
  }
  for (const aside of stageRoots.values()) rmSync(aside, { recursive: true, force: true })
  rmSync(shims, { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
  if (!image) throw new Error(`${dockerfile} has no stage`)
  return image
}

/** Environment values naming container paths, placed under the image root. */
export const mapEnv = (env: Record<string, string | undefined>, hostPath: (containerPath: string) => string) =>
  Object.fromEntries(
    Object.entries(env)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([key, value]) => [key, containerRoots.some((prefix) => value === prefix || value.startsWith(`${prefix}/`)) ? hostPath(value) : value]),
  )
