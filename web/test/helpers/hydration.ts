import type { Page } from 'playwright-core'

/** Vue has mounted on the server-rendered page: its event handlers are live. */
export const waitForHydration = (page: Page) =>
  page.waitForFunction(() => Boolean((document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__))
