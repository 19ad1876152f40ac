import type { Page } from 'playwright-core'

/**
 * The page's behaviour is live: Vue has mounted on the server-rendered page, or, on a page served
 * without the Vue runtime (routeRules' noScripts), the small enhancement script has run.
 */
export const waitForHydration = (page: Page) =>
  page.waitForFunction(
    () => Boolean((document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__) || 'enhanced' in document.documentElement.dataset,
  )
