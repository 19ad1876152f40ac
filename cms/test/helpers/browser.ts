import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'

/**
 * Debian's Chromium, headless, with the flags that keep it off this machine's closed network, and a
 * home of its own in the temp directory: its crash reports and dconf settings never land in the
 * user's, however the tests are started. The home goes when the browser does.
 */
export const launchChromium = async (): Promise<Browser> => {
  const home = mkdtempSync(path.join(tmpdir(), 'made-in-la-chromium-'))
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  browser.on('disconnected', () => rmSync(home, { recursive: true, force: true }))
  return browser
}
