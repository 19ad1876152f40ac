import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from './compose'
import { freePort } from '../setup/cmsServer'

/**
 * The proxy service: nginx with deploy/nginx.conf and deploy/proxy_params as compose mounts them.
 * Docker's DNS, the published ports, the cache directory and the access log are the only changes:
 * the upstreams become this host's addresses of the containers (or `upstream`'s), nginx listens on
 * free ports, and its cache and log live in the test's directory.
 */
export const startProxy = async (dir: string, upstream: { web: string; cms: string }) => {
  mkdirSync(dir, { recursive: true })
  const [webPort, cmsPort] = [await freePort(), await freePort()]
  const site = readFileSync(path.join(repoRoot, 'deploy/nginx.conf'), 'utf8')
    .replace(/^resolver .*$/m, '')
    .replace('listen 3000;', `listen 127.0.0.1:${webPort};`)
    .replace('listen 3001;', `listen 127.0.0.1:${cmsPort};`)
    .replace('server web:3000 resolve;', `server ${new URL(upstream.web).host};`)
    .replace('server cms:3001 resolve;', `server ${new URL(upstream.cms).host};`)
    .replace('/var/cache/nginx/made-in-la', path.join(dir, 'cache'))
    .replaceAll('/var/log/nginx/access.log', path.join(dir, 'access.log'))
    .replaceAll('/etc/nginx/proxy_params_made_in_la', path.join(repoRoot, 'deploy/proxy_params'))
  writeFileSync(path.join(dir, 'default.conf'), site)
  const urls = { web: `http://127.0.0.1:${webPort}`, cms: `http://127.0.0.1:${cmsPort}` }
  const child = await runNginx(dir, `include ${dir}/default.conf;`, `${urls.web}/healthz`)
  return { ...urls, child }
}

/**
 * nginx in `dir` with the image's own nginx.conf reduced to what matters: `http` as its http block.
 * Resolves once `readyUrl` answers.
 */
export const runNginx = async (dir: string, http: string, readyUrl: string) => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      // As root, nginx's workers would run as nobody, who cannot write the cache here.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      `http { ${http} }`,
    ].join('\n'),
  )
  const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'
  const child = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 10_000
  while (
    !(await fetch(readyUrl).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return child
}
