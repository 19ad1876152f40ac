/**
 * Lighthouse (mobile, the default) on the pages visitors land on, with Debian's Chromium: the four
 * scores per page, and what still costs points. Starts its own CMS and site (production build),
 * unless WEB_URL points at a running one. Prints figures; asserts nothing.
 *
 *   pnpm bench:lighthouse
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { startStack, stopStack, type Stack } from '../web/test/setup/stack'

const pages = process.env.LIGHTHOUSE_PAGES?.split(',') ?? ['/', '/blog/breakthrough-restore-fairness-campaign', '/screenings', '/buy-the-dvd', '/es']
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

let stack: Stack | undefined
const webUrl = process.env.WEB_URL ?? (stack = await startStack()).webUrl
const stopped = async () => {
  if (stack) await stopStack(stack)
}
process.once('uncaughtException', async (error) => {
  console.error(error)
  await stopped()
  process.exit(1)
})
// Chromium's profile and home in a temporary directory, removed afterwards.
const home = mkdtempSync(path.join(tmpdir(), 'made-in-la-lighthouse-'))
mkdirSync(path.join(home, 'profile'))
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  userDataDir: path.join(home, 'profile'),
  envVars: { HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
})
try {
  console.log(`\nLighthouse, mobile, against ${webUrl}\n`)
  console.log(`${'page'.padEnd(48)} ${categories.map((category) => category.padStart(15)).join('')}`)
  for (const page of pages) {
    // Once to fill the site's caches, then the run that counts.
    await fetch(`${webUrl}${page}`, { headers: { accept: 'text/html' } })
    const result = await lighthouse(`${webUrl}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] })
    if (!result) throw new Error(`Lighthouse gave no result for ${page}`)
    const { lhr } = result
    const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100))
    console.log(`${page.padEnd(48)} ${scores.map((score) => String(score).padStart(15)).join('')}`)
    const costs = Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]!))
      .filter((audit) => audit.score !== null && audit.score < 1)
    for (const audit of costs) {
      console.log(`    - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
      // Which elements or messages, for the audits that are not timings.
      const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
      if (audit.details?.type !== 'table' && audit.details?.type !== 'list') continue
      for (const item of items.slice(0, 3)) {
        const node = item.node as { snippet?: string } | undefined
        console.log(`        ${String(node?.snippet ?? item.description ?? item.source ?? item.url ?? '').slice(0, 160)}`)
      }
    }
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
    console.log(`    ${metrics.map((id) => `${lhr.audits[id]?.title}: ${lhr.audits[id]?.displayValue}`).join('; ')}`)
    const scripts = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []
    const js = scripts.filter((item) => item.resourceType === 'Script').reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
    console.log(`    JavaScript transferred: ${(js / 1024).toFixed(1)} KB`)
  }
} finally {
  await chrome.kill()
  rmSync(home, { recursive: true, force: true })
  await stopped()
}
