/**
 * The content team's nine everyday tasks (issue 15), done in the admin in Chromium by the shortest
 * path, at desktop (1280 px) and phone (390 px) widths: each task's time and its number of steps
 * (pages opened, clicks, fields typed, keys pressed). A floor for a person, who also reads and
 * decides; the steps say how much there is to do. Starts its own CMS and site with the demo content,
 * unless BENCH_CMS_URL names a running CMS (signed in as BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD,
 * the demo admin by default). Prints figures; asserts nothing.   pnpm bench:editor
 */
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Locator, Page } from 'playwright-core'

import { launchChromium } from '../cms/test/helpers/browser'
import { testCredentials } from '../cms/test/setup/cmsServer'
import { startStack, stopStack } from '../web/test/setup/stack'

const stack = process.env.BENCH_CMS_URL ? undefined : await startStack()
const cmsUrl = process.env.BENCH_CMS_URL ?? stack!.cmsUrl
const admin = stack
  ? testCredentials.admin
  : { email: process.env.BENCH_ADMIN_EMAIL ?? 'admin@example.com', password: process.env.BENCH_ADMIN_PASSWORD ?? 'change-me-in-development' }

/** The API as the admin, to set the scene a task starts from (a pending comment, a new host request). */
const login = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
const { token } = (await login.json()) as { token: string }
const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return (await response.json()) as { doc?: { id: string }; docs?: { id: string; title?: string }[] }
}

/** One step of a task: a page opened, a click, a field typed or a key pressed. */
type Act = <T>(action: () => Promise<T>) => Promise<T>
type Task = {
  name: string
  scene?: (stamp: string) => Promise<Record<string, string>>
  run: (page: Page, act: Act, scene: Record<string, string>) => Promise<void>
}

const saved = (page: Page) =>
  page
    .locator('.payload-toast-container, [data-sonner-toaster]')
    .getByText(/successfully|Published|Updated|created/i)
    .first()
    .waitFor({ timeout: 20_000 })
const open = (page: Page, path: string) => page.goto(`${cmsUrl}/admin${path}`).then(() => page.locator('main, .template-default').first().waitFor())
/**
 * Types into a field that a row just added holds: the admin's form state comes back from the server
 * a moment after the row appears and can empty what was typed before it. Counted as one step.
 */
const fillSteady = async (field: Locator, value: string) => {
  for (let attempt = 0; attempt < 5; attempt++) {
    await field.fill(value)
    await new Promise((resolve) => setTimeout(resolve, 500))
    if ((await field.inputValue()) === value) return
  }
  throw new Error(`The field kept emptying what was typed: ${value}`)
}
/** A press before the list has hydrated does nothing: press again, as a person would, until `done` shows. */
const pressUntil = async (button: Locator, done: Locator, state: 'visible' | 'detached' = 'visible') => {
  for (let attempt = 0; attempt < 4; attempt++) {
    await button.click()
    if (
      await done.waitFor({ state, timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    )
      return
  }
  throw new Error('Four presses did nothing')
}
/** Clicks the first of the matches that can be clicked (another may be covered or gone). */
const clickAny = async (matches: Locator) => {
  await matches.first().waitFor()
  for (const match of await matches.all())
    if (
      await match.click({ timeout: 10_000 }).then(
        () => true,
        () => false,
      )
    )
      return
  throw new Error('None of the matches could be clicked')
}
const pickFrom = async (act: Act, page: Page, field: Locator, text: string) => {
  await act(() => field.click())
  await act(() => page.keyboard.type(text))
  await act(() => page.locator('.rs__option', { hasText: text }).first().click())
}

const tasks: Task[] = [
  {
    name: 'Publish a post with a video and a call to action',
    run: async (page, act) => {
      await act(() => open(page, '/collections/posts/create'))
      await act(() => page.locator('#field-title').fill(`Bench post ${Date.now()}`))
      const editor = page.locator('.rich-text-lexical .ContentEditable__root').first()
      await act(() => editor.click())
      await act(() => page.keyboard.type('Watch the film, then act.'))
      await act(() => page.keyboard.press('Enter'))
      await act(() => page.keyboard.type('/video'))
      await page.locator('.slash-menu-popup__item--selected', { hasText: 'Video' }).waitFor()
      await act(() => page.keyboard.press('Enter'))
      const fields = page.locator('.rich-text-lexical')
      await act(() => fields.locator('#field-url').last().fill('https://www.youtube.com/watch?v=EXAMPLE-bench'))
      await act(() => fields.locator('#field-title').last().fill('Bench video'))
      await act(() => editor.locator(':scope > p').last().click())
      await act(() => page.keyboard.press('End'))
      await act(() => page.keyboard.press('Enter'))
      await act(() => page.keyboard.type('/call'))
      await page.locator('.slash-menu-popup__item--selected', { hasText: 'Call to action' }).waitFor()
      await act(() => page.keyboard.press('Enter'))
      await act(() =>
        fields
          .getByRole('button', { name: /Add Step/i })
          .last()
          .click(),
      )
      await act(() => fillSteady(fields.locator('[id$="__text"]').last(), 'Sign the pledge against sweatshops.'))
      await act(() => fillSteady(fields.locator('[id$="__linkUrl"]').last(), '/get-involved'))
      await act(() =>
        page
          .getByRole('button', { name: /^Publish/ })
          .first()
          .click(),
      )
      // Created: the admin moves from the create view to the new post's own.
      await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 20_000 })
    },
  },
  {
    name: 'Create a screening (from a saved venue)',
    scene: async () => {
      const venue = (await api('GET', '/api/venues?limit=1&depth=0')).docs?.[0] as { name?: string } | undefined
      return { venue: venue?.name ?? '' }
    },
    run: async (page, act, { venue }) => {
      await act(() => open(page, '/collections/screenings/create'))
      await act(() => page.locator('#field-title').fill(`Bench screening ${Date.now()}`))
      await pickFrom(act, page, page.locator('#field-savedVenue'), venue!)
      await page
        .locator('#field-venue__name')
        .and(page.locator(`[value="${venue}"]`))
        .waitFor()
      await act(() => page.locator('#field-startsAt input, .field-type.date-time-field input').first().click())
      await act(() => page.locator('.react-datepicker__day:not(.react-datepicker__day--outside-month)').last().click())
      await act(() =>
        page
          .locator('.react-datepicker__time-list-item', { hasText: /^7:00 PM$/ })
          .first()
          .click(),
      )
      await act(() =>
        page
          .getByRole('button', { name: /^Publish/ })
          .first()
          .click(),
      )
      await saved(page)
    },
  },
  {
    name: 'Change a DVD price',
    run: async (page, act) => {
      await act(() => open(page, '/collections/dvds'))
      await act(() => page.locator('.table tbody tr td a').first().click())
      await act(() => page.locator('#field-price').fill((20 + Math.random() * 10).toFixed(2)))
      await act(() =>
        page
          .getByRole('button', { name: /^Publish/ })
          .first()
          .click(),
      )
      await saved(page)
    },
  },
  {
    name: 'Moderate a comment (approve it)',
    scene: async (stamp) => {
      const post = (await api('GET', '/api/posts?limit=1&depth=0&where[_status][equals]=published')).docs![0]!
      await api('POST', '/api/comments', { post: post.id, name: `Bench reader ${stamp}`, email: 'reader@example.org', body: 'A comment to approve.' })
      return { name: `Bench reader ${stamp}` }
    },
    run: async (page, act, { name }) => {
      await act(() => open(page, ''))
      await act(() =>
        page
          .locator('.mla-dashboard')
          .getByRole('link', { name: /comments? to moderate/i })
          .click(),
      )
      await act(() => page.getByRole('button', { name: `Approve ${name}` }).click())
      // Approved, it leaves the Pending view.
      await page.getByRole('button', { name: `Approve ${name}` }).waitFor({ state: 'detached' })
    },
  },
  {
    name: 'Moderate a pledge (approve, then feature it)',
    scene: async (stamp) => {
      await api('POST', '/api/pledges', {
        name: `Bench signer ${stamp}`,
        email: 'signer@example.org',
        city: 'Los Angeles',
        message: 'I pledge.',
        consentToShow: true,
      })
      return { name: `Bench signer ${stamp}` }
    },
    run: async (page, act, { name }) => {
      await act(() => open(page, ''))
      await act(() =>
        page
          .locator('.mla-dashboard')
          .getByRole('link', { name: /pledges? to moderate/i })
          .click(),
      )
      const approve = page.getByRole('button', { name: `Approve ${name}` })
      await act(() => pressUntil(approve, approve, 'detached'))
      // Then, among the approved ones, featured on the home page.
      await act(() => page.getByRole('link', { name: 'Approved', exact: true }).click())
      const row = page.locator('tr', { hasText: name! })
      await act(() => pressUntil(row.getByRole('button', { name: /^Feature/ }), row.getByRole('button', { name: /^Unfeature/ })))
    },
  },
  {
    name: 'Turn a host request into a screening',
    scene: async (stamp) => {
      const created = await api('POST', '/api/host-requests', {
        name: 'Rosa',
        email: 'rosa@example.org',
        organisation: `Bench hall ${stamp}`,
        city: 'Chicago',
        region: 'IL',
        country: 'US',
        preferredDate: '2027-03-20',
        message: 'We would like to show the film.',
        status: 'confirmed',
      })
      return { id: created.doc!.id }
    },
    run: async (page, act, { id }) => {
      await act(() => open(page, `/collections/host-requests/${id}`))
      await act(() => page.locator('#field-createScreening').check())
      await act(() => page.getByRole('button', { name: 'Save' }).first().click())
      // The message's link while it shows (on a phone it covers the same link in the sidebar), else the sidebar's.
      await act(() => clickAny(page.getByRole('link', { name: 'Open the draft screening' })))
      await page.waitForURL(/collections\/screenings\//)
    },
  },
  {
    name: 'Change the footer',
    run: async (page, act) => {
      await act(() => open(page, '/globals/site-settings'))
      await act(() => page.getByRole('button', { name: 'Footer' }).first().click())
      await act(() => page.locator('#field-footer__text').fill(`Made in L.A. is a film by Almudena Carracedo and Robert Bahar. (${Date.now()})`))
      await act(() => page.getByRole('button', { name: 'Save' }).first().click())
      await saved(page)
    },
  },
  {
    name: 'Translate a title into Spanish',
    scene: async () => ({ id: (await api('GET', '/api/posts?limit=1&depth=0&where[_status][equals]=published')).docs![0]!.id }),
    run: async (page, act, { id }) => {
      await act(() => open(page, `/collections/posts/${id}?locale=es`))
      await act(() => page.locator('#field-title').first().fill(`La campaña Restore Fairness (${Date.now()})`))
      await act(() =>
        page
          .getByRole('button', { name: /^Publish/ })
          .first()
          .click(),
      )
      await saved(page)
    },
  },
  {
    name: 'Find pending work (dashboard, then the list)',
    run: async (page, act) => {
      await act(() => open(page, ''))
      await act(() =>
        page
          .locator('.mla-dashboard')
          .getByRole('link', { name: /to moderate|to answer/i })
          .first()
          .click(),
      )
      await page.waitForURL(/where/)
    },
  },
]

const browser = await launchChromium()
const results: { viewport: string; task: string; seconds: string; steps: number | string }[] = []
try {
  for (const [viewport, size] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport: size, isMobile: viewport === 'phone', hasTouch: viewport === 'phone' })
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    await page.goto(`${cmsUrl}/admin/login`)
    await page.locator('input[name="email"]').fill(admin.email)
    await page.locator('input[name="password"]').fill(admin.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin$/)
    for (const task of tasks) {
      const scene = (await task.scene?.(`${viewport}-${Date.now()}`)) ?? {}
      let steps = 0
      const act: Act = (action) => {
        steps++
        return action()
      }
      const started = performance.now()
      try {
        await task.run(page, act, scene)
        results.push({ viewport, task: task.name, seconds: ((performance.now() - started) / 1000).toFixed(1), steps })
      } catch (error) {
        // What the page showed when the task stopped, for whoever runs this next.
        await page.screenshot({ path: path.join(tmpdir(), `bench-editor-${viewport}-${results.length}.png`), fullPage: true })
        const toasts = await page.locator('.payload-toast-container, [data-sonner-toaster]').allTextContents()
        results.push({ viewport, task: task.name, seconds: 'failed', steps: `${steps}: ${(error as Error).message.split('\n')[0]} ${toasts.join(' ')}`.trim() })
      }
    }
    await context.close()
  }
} finally {
  await browser.close()
  if (stack) await stopStack(stack)
}
console.table(results)
