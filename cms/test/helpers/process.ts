import { spawn, type SpawnOptions } from 'node:child_process'

/** Runs a command to its end: its exit code and everything it printed, for servers expected to refuse to start. */
export const runToExit = (command: string, args: string[], options: SpawnOptions) =>
  new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, output }))
  })
