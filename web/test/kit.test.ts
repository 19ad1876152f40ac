/** The screening kit: downloads offered on Host a Screening, every screening page and Press, with their type and size, served from the site. */
import { describe, expect, inject, test } from 'vitest'

const webUrl = inject('webUrl')

const page = async (path: string) => {
  const response = await fetch(`${webUrl}${path}`)
  return { status: response.status, html: await response.text() }
}

/** Each download link of the kit section: its address, its text, and the type and size beside it. */
const downloads = (html: string) => {
  const section = /<section class="section screening-kit">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
  return [...section.matchAll(/<a href="([^"]+)" download[^>]*>([^<]+)<\/a>\s*<span class="meta">\s*\(([^,]+), ([^·]+)·/g)].map(
    ([, href, title, type, size]) => ({
      href: href!,
      title: title!.trim(),
      type: type!.trim(),
      size: size!.trim(),
    }),
  )
}

describe('the screening kit', () => {
  test('Host a Screening lists the kit with each file type and size, and each file is served', async () => {
    const { html } = await page('/host-a-screening')
    const files = downloads(html)
    expect(files.map((file) => file.title)).toEqual(expect.arrayContaining(['Discussion guide', 'Facilitator tips', 'Poster']))
    expect(files.map((file) => file.title)).not.toContain('Press kit')
    const guide = files.find((file) => file.title === 'Discussion guide')!
    expect(guide.type).toBe('PDF')
    expect(guide.size).toMatch(/^\d+ kB$/)
    const response = await fetch(`${webUrl}${guide.href}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(Math.round(bytes.length / 1000)).toBe(Number(guide.size.split(' ')[0]))
  })

  test('every screening page offers the kit for audiences; Press offers the press kit', async () => {
    const screening = downloads((await page('/screenings/demo-los-angeles-community-screening')).html).map((file) => file.title)
    expect(screening).toEqual(expect.arrayContaining(['Discussion guide', 'Poster']))
    expect(screening).not.toContain('Facilitator tips')
    const press = downloads((await page('/press')).html).map((file) => file.title)
    expect(press).toEqual(expect.arrayContaining(['Press kit', 'Poster']))
    expect((await page('/press')).html).toContain('<h2>Press kit</h2>')
  })

  test('in Spanish, with the titles and labels in Spanish', async () => {
    const { html } = await page('/es/host-a-screening')
    expect(downloads(html).map((file) => file.title)).toContain('Consejos para facilitar')
    expect(html).toContain('Inglés y español')
    expect(html).toContain('<h2>Kit para la proyección</h2>')
  })

  test('an unknown place is refused, naming the parameter', async () => {
    const response = await fetch(`${webUrl}/api/resources?place=everywhere`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('place must be one of')
  })
})
