/** The For developers page (issue 16, item 2), in both languages, through the built site and a real CMS. */
import { spawnSync } from 'node:child_process'

import { apiChangelog, latestApiRelease } from '@made-in-la/shared/apiChangelog'
import { apiErrorCodes } from '@made-in-la/shared/apiErrorCodes'
import { apiExamples } from '@made-in-la/shared/apiExamples'
import { defaultGraphqlPointsPerMinute, graphqlLimits } from '@made-in-la/shared/apiLimits'
import { fetch, setup } from '@nuxt/test-utils/e2e'
import { describe, expect, inject, test } from 'vitest'

await setup({ host: inject('webUrl'), browser: false })

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as FunctionConstructor
const unescaped = (html: string) =>
  html.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const pages = [
  { path: '/developers', lang: 'en', heading: 'For developers', release: 'Added' },
  { path: '/es/developers', lang: 'es', heading: 'Para desarrolladores', release: 'Añadido' },
]

describe.each(pages)('$path', ({ path, lang, heading, release }) => {
  const page = async () => {
    const response = await fetch(path)
    expect(response.status).toBe(200)
    return response.text()
  }

  test('renders in its language, on the server, without the Vue runtime', async () => {
    const html = await page()
    expect(html).toMatch(new RegExp(`<html\\s+lang="${lang}`))
    expect(html).toContain(`<h1>${heading}</h1>`)
    expect(html).not.toMatch(/<script[^>]+src="\/_nuxt\//)
  })

  test('names the endpoint and links the SDL, which the CMS serves with the latest version', async () => {
    const html = await page()
    const cmsUrl = inject('cmsUrl')
    expect(html).toContain(`POST ${cmsUrl}/api/graphql`)
    const link = /<a class="schema-link" href="([^"]+)"/.exec(html)?.[1]
    expect(link).toBe(`${cmsUrl}/api/graphql/schema.graphql`)
    const sdl = await globalThis.fetch(link!)
    expect(sdl.status).toBe(200)
    expect(sdl.headers.get('api-version')).toBe(latestApiRelease.version)
    expect(html).toContain(latestApiRelease.version)
  })

  test('shows every example query, and how to send one with curl, fetch and graphql-request', async () => {
    const html = await page()
    for (const example of apiExamples) {
      expect(html).toContain(`data-example="${example.name}"`)
      expect(html).toContain(escaped(example.query))
    }
    expect(html).toContain('curl -s')
    expect(html).toContain('await fetch(')
    expect(html).toContain('from &#39;graphql-request&#39;')
  })

  test('its curl and fetch snippets, run as written, get screenings from the CMS', async () => {
    const html = await page()
    const snippets = [...html.matchAll(/<pre tabindex="0"><code>([\s\S]*?)<\/code><\/pre>/g)].map((match) => unescaped(match[1]!))
    const curl = snippets.find((code) => code.startsWith('curl '))!
    const answer = spawnSync('sh', ['-c', curl], { encoding: 'utf8', timeout: 20_000 })
    expect(JSON.parse(answer.stdout).data.Screenings.docs.length).toBeGreaterThan(0)

    const fetchSnippet = snippets.find((code) => code.includes('await fetch('))!
    const run = new AsyncFunction(`${fetchSnippet}\nreturn { data, errors }`) as () => Promise<{ data: { Screenings: { docs: unknown[] } }; errors?: unknown }>
    const { data, errors } = await run()
    expect(errors).toBeUndefined()
    expect(data.Screenings.docs.length).toBeGreaterThan(0)
  })

  test('lists the limits from their one definition, and every error code', async () => {
    const html = await page()
    const number = (value: number) => value.toLocaleString(lang === 'es' ? 'es-US' : 'en-US')
    for (const value of [defaultGraphqlPointsPerMinute, graphqlLimits.maxCost, graphqlLimits.maxDepth, graphqlLimits.maxAliases, graphqlLimits.maxLimit]) {
      expect(html).toContain(`<td>${number(value)}</td>`)
    }
    for (const { code, status } of apiErrorCodes) expect(html).toMatch(new RegExp(`<dt><code>${code}</code> <span class="meta">HTTP ${status}</span></dt>`))
  })

  test('renders the changelog, newest first, with what each release breaks', async () => {
    const html = await page()
    const positions = apiChangelog.map((entry) => html.indexOf(`<time datetime="${entry.version}">`))
    expect(positions.every((position) => position > 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(html).toContain(`<strong>${release}:</strong>`)
    expect(html).toContain('<code>Dvd.price</code>')
  })
})

test('the footer links the page in each language', async () => {
  expect(await (await fetch('/')).text()).toMatch(/<a href="\/developers"[^>]*>For developers<\/a>/)
  expect(await (await fetch('/es')).text()).toMatch(/<a href="\/es\/developers"[^>]*>Para desarrolladores<\/a>/)
})
