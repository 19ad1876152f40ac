/**
 * Bad input is a 4xx on every route of the site (issue 12, finding 12). The routes come from the
 * built server's own tables: Nitro's handler table and the Vue router's page routes. Each gets
 * malformed bodies, content types, headers, parameters and query strings, with every method, each
 * request from its own address; nothing may answer 5xx, and /healthz stays live.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, inject, test } from 'vitest'

import { type FuzzCase, inParallel, sendCase } from '../../cms/test/helpers/fuzz'

const webUrl = inject('webUrl')
const server = path.resolve(import.meta.dirname, '../.output/server/chunks')

/** Nitro's handler table (`const handlers = [...]`) and the page routes the Vue router was built with. */
const routeTable = () => {
  const nitro = readFileSync(path.join(server, 'nitro/nitro.mjs'), 'utf8')
  const table = nitro.slice(nitro.indexOf('const handlers = ['), nitro.indexOf('];', nitro.indexOf('const handlers = [')))
  const handlers = [...table.matchAll(/route: '([^']*)'[^}]*method: (?:"(\w+)"|undefined)/g)].map(([, route, method]) => ({ route: route!, method }))
  const pages = [...readFileSync(path.join(server, 'virtual/entry.mjs'), 'utf8').matchAll(/path: "(\/[^"]*)"/g)].map(([, route]) => ({
    route: route!,
    method: undefined,
  }))
  return [...handlers.filter(({ route }) => route !== ''), ...pages]
}

const hostileParameters = ['__proto__', 'constructor', '..%2F..%2Fapi%2Fusers', '%00', 'x'.repeat(400), '%E0%A4%A', 'é', '-1']
const fill = (route: string, value: string) => route.replace(/\/\*\*:\w+|\/\*\*/g, `/${value}`).replace(/:\w+(?:\(\))?/g, value)

const bodies: FuzzCase[] = [
  { name: 'truncated JSON', headers: { 'content-type': 'application/json' }, body: '{"name": ' },
  {
    name: 'prototype names',
    headers: { 'content-type': 'application/json' },
    body: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"toString":"x"}',
  },
  { name: 'a JSON array', headers: { 'content-type': 'application/json' }, body: '[1,2]' },
  { name: 'JSON null', headers: { 'content-type': 'application/json' }, body: 'null' },
  { name: 'deeply nested JSON', headers: { 'content-type': 'application/json' }, body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  {
    name: 'a form with prototype names',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '__proto__[x]=1&constructor=1&hasOwnProperty=1&form=__proto__',
  },
  { name: 'a form with a broken escape', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=%E0%A4%A&email=%' },
  {
    name: 'multipart cut short',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nx',
  },
  { name: 'multipart without a boundary', headers: { 'content-type': 'multipart/form-data' }, body: 'x' },
  { name: 'an unknown content type', headers: { 'content-type': 'application/x-fuzz' }, body: '\u0000' },
]

const everywhere: FuzzCase[] = [
  { name: 'no input' },
  { name: 'a malformed bearer token', headers: { authorization: 'Bearer %%%' } },
  {
    name: 'hostile headers',
    headers: {
      'accept-language': '*;q=x,__proto__',
      'accept-encoding': 'br;q=NaN, *;q=-1',
      'x-forwarded-for': 'not-an-address, 999.1.1.1',
      range: 'bytes=9-1',
    },
  },
  { name: 'hostile query parameters', query: '__proto__[x]=1&constructor[prototype]=1&page=-1&page=NaN&month=13-2026&category=%00&city[]=x&token=%&preview=1' },
  { name: 'a very long query string', query: `q=${'x'.repeat(6000)}` },
]

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS']
let visitor = 0
const from = () => `10.77.${Math.floor(++visitor / 250) % 250}.${visitor % 250}`

const send = (method: string, routePath: string, item: FuzzCase) => sendCase(method, `${webUrl}${routePath}`, item, { 'x-forwarded-for': from() })

describe('every route of the site answers bad input with a 4xx (finding 12)', () => {
  const routes = routeTable()

  test('the route table is read from the build, not written by hand', () => {
    expect(routes.map(({ route }) => route)).toEqual(
      expect.arrayContaining(['/api/forms/:form', '/media/**:path', '/healthz', '/blog/:slug()', '/es/subscription/:action()', '/**']),
    )
  })

  test('malformed bodies, content types, headers, parameters and query strings, with every method', { timeout: 300_000 }, async () => {
    const tasks: (() => Promise<string | undefined>)[] = []
    const check = (method: string, routePath: string, item: FuzzCase, label: string) =>
      tasks.push(async () => {
        const status = await send(method, routePath, item)
        return typeof status === 'number' && status < 500 ? undefined : `${method} ${routePath.slice(0, 80)} (${label}): ${status}`
      })
    for (const { route, method: only } of routes) {
      for (const method of only ? [only.toUpperCase()] : methods) {
        for (const item of method === 'GET' || method === 'HEAD' ? everywhere : [...everywhere, ...bodies]) check(method, fill(route, 'fuzz'), item, item.name)
      }
      if (/:|\*\*/.test(route))
        for (const value of hostileParameters) check(only?.toUpperCase() ?? 'GET', fill(route, value), { name: 'no input' }, `parameter ${value.slice(0, 20)}`)
    }
    const failures = (await inParallel(tasks)).filter(Boolean)
    expect(tasks.length).toBeGreaterThan(1000)
    expect(failures).toEqual([])
    expect((await fetch(`${webUrl}/healthz`)).status).toBe(200)
  })
})
