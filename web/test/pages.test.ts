/** Every page of the original site, served by the built Nuxt server from a real CMS. */
import { $fetch, fetch, setup } from '@nuxt/test-utils/e2e'
import { imageSize } from 'image-size'
import { describe, expect, inject, test } from 'vitest'

import { sitePages, spanishPages } from './helpers/pages'
import { revalidateSecret } from './setup/stack'

await setup({ host: inject('webUrl'), browser: false })

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((match) => {
    const data = JSON.parse(match[1]!)
    return Array.isArray(data) ? data : [data]
  })

describe('English', () => {
  test.each(sitePages)('$path answers 200 with its CMS content', async ({ path, content }) => {
    const response = await fetch(path)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(content)
    expect(html).toMatch(/<html\s+lang="en/)
    expect(html).toContain('Skip to main content')
  })
})

describe('Spanish', () => {
  test.each(spanishPages)('$path answers 200 in Spanish', async ({ path, content }) => {
    const response = await fetch(path)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(content)
    expect(html).toMatch(/<html\s+lang="es/)
    expect(html).toContain('Saltar al contenido principal')
  })
})

describe('not found', () => {
  test.each(['/no-such-page', '/es/no-such-page', '/blog/no-such-post', '/screenings/no-such-screening'])('%s is a real 404 page', async (path) => {
    const response = await fetch(path, { headers: { accept: 'text/html' } })
    expect(response.status).toBe(404)
    expect(await response.text()).toMatch(/Page not found|Página no encontrada/)
  })
})

describe('navigation and footer come from the site settings', () => {
  test('every item of the original navigation, and the "Site by" credit', async () => {
    const html = await $fetch<string>('/')
    for (const label of ['About the Film', 'Buy the DVD', 'Host a Screening', 'Resources', 'Spread the Word', 'Made in L.A.']) {
      expect(html).toContain(label)
    }
    expect(html).toMatch(/Site by\s*<a[^>]*>Demo Studio/)
  })

  test('social networks by their own names; words that end one element and begin the next stay apart', async () => {
    const html = await $fetch<string>('/')
    expect(html).toMatch(/class="social-link">YouTube<\/a>/)
    // With no pledge to show, the invitation and the link to sign read as two sentences.
    expect(html).toMatch(/Be the first to sign the pledge\. (?:<!--[^>]*-->)*<a|class="pledges"/)
  })
})

describe('caching', () => {
  test('pages are cached by Nitro: s-maxage and no cookie', async () => {
    const response = await fetch('/blog')
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})

describe('search engines and sharing', () => {
  test('a post has its title, description, canonical URL, Open Graph card and BlogPosting data', async () => {
    const html = await $fetch<string>('/blog/breakthrough-restore-fairness-campaign')
    expect(html).toMatch(
      /<title>Breakthrough&#x27;s Restore Fairness campaign · Made in L.A.<\/title>|<title>Breakthrough's Restore Fairness campaign · Made in L.A.<\/title>/,
    )
    expect(html).toMatch(/<meta name="description" content="Our friends at Breakthrough/)
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/blog\/breakthrough-restore-fairness-campaign"/)
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/127\.0\.0\.1:\d+\/media\/demo-restore-fairness/)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"')
    const [posting] = jsonLd(html)
    expect(posting).toMatchObject({ '@type': 'BlogPosting', headline: "Breakthrough's Restore Fairness campaign" })
  })

  test('a screening carries schema.org Event data in its own time zone', async () => {
    const html = await $fetch<string>('/screenings/demo-new-york-university-screening')
    const [event] = jsonLd(html)
    expect(event).toMatchObject({ '@type': 'Event', location: { '@type': 'Place', address: { addressLocality: 'New York' } } })
    expect(event.offers).toMatchObject({ '@type': 'Offer', price: 5, priceCurrency: 'USD' })
    expect(html).toMatch(/7:00\s?PM – 10:00\s?PM EST/)
    // The venue's wall clock with its offset, as schema.org wants it.
    expect(event.startDate).toMatch(/T19:00:00-0[45]:00$/)
    expect(html).toContain('https://calendar.google.com/calendar/render?action=TEMPLATE')
  })

  test('Buy the DVD lists every edition as a Product with an Offer', async () => {
    const products = jsonLd(await $fetch<string>('/buy-the-dvd'))
    expect(products.map((product) => product['@type'])).toEqual(Array(5).fill('Product'))
    expect(products.map((product) => product.offers.priceCurrency)).toEqual(Array(5).fill('USD'))
  })

  test('the home page describes the organisation', async () => {
    const [organisation] = jsonLd(await $fetch<string>('/'))
    expect(organisation['@type']).toBe('Organization')
  })
})

describe('images', () => {
  test('images have a srcset of the widths Payload made, sizes, width and height, lazy below the fold', async () => {
    const html = await $fetch<string>('/')
    const images = [...html.matchAll(/<img [^>]*class="cms-image[^>]*>/g)].map((match) => match[0])
    expect(images.length).toBeGreaterThan(2)
    for (const image of images) {
      expect(image).toMatch(/ width="\d+"/)
      expect(image).toMatch(/ height="\d+"/)
      expect(image).toMatch(/ srcset="\/media\/[^"]+\?w=\d+ \d+w/)
      expect(image).toMatch(/ sizes="[^"]*\d+(px|vw)"/)
    }
    expect(images[0]).toContain('loading="eager"')
    expect(images.slice(1).every((image) => image.includes('loading="lazy"'))).toBe(true)
  })

  test('each srcset width is the width really sent: WebP to browsers that take it, the upload format to others', async () => {
    for (const path of ['/', '/blog/breakthrough-restore-fairness-campaign']) {
      const html = await $fetch<string>(path)
      const candidates = [...html.matchAll(/ srcset="([^"]+)"/g)].flatMap((match) => match[1]!.split(', ').map((entry) => entry.split(' ') as [string, string]))
      expect(candidates.length, path).toBeGreaterThan(3)
      let webpSeen = 0
      for (const [url, descriptor] of candidates.slice(0, 12)) {
        const width = Number(descriptor.slice(0, -1))
        const modern = await fetch(url.replaceAll('&amp;', '&'), { headers: { accept: 'image/avif,image/webp,*/*' } })
        const modernBytes = new Uint8Array(await modern.arrayBuffer())
        expect(imageSize(modernBytes).width, `${url} (WebP accepted)`).toBe(width)
        expect(modern.headers.get('vary')).toMatch(/accept/i)
        if (modern.headers.get('content-type') === 'image/webp') webpSeen++
        const plain = await fetch(url.replaceAll('&amp;', '&'), { headers: { accept: 'image/jpeg,image/png,*/*;q=0.8' } })
        expect(plain.headers.get('content-type'), url).not.toBe('image/webp')
        expect(imageSize(new Uint8Array(await plain.arrayBuffer())).width, url).toBe(width)
      }
      expect(webpSeen, path).toBeGreaterThan(0)
    }
  })

  test('a width asks for the nearest size Payload made, served from the site', async () => {
    const card = await globalThis.fetch(`${inject('cmsUrl')}/api/media/file/demo-made-in-la-768x432.jpg`)
    const served = await fetch('/media/demo-made-in-la.jpg?w=700')
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(await card.arrayBuffer()))).toBe(true)
  })
})

describe('secrets stay on the server', () => {
  test("no page carries the site's CMS API key or the revalidation secret", async () => {
    for (const path of ['/', '/blog', '/es/contact', '/screenings']) {
      const html = await $fetch<string>(path, { responseType: 'text' })
      expect(html, path).not.toContain(inject('siteApiKey'))
      expect(html, path).not.toContain(revalidateSecret)
    }
  })
})
