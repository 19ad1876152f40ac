import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import type { Payload } from 'payload'

import { categories, demoPosts, demoScreenings, dvdEditions, navigation, pressItems, restoreFairnessPost } from './content'
import { demoImage } from './images'
import { paragraph, richText } from './lexical'
import { pages } from './pages'
import { withSavedRowIds } from './rowIds'
import { env } from '../env'
import { accountsHoldingKey } from '../siteAccount'
import { linkSavedVenuesAndHosts } from '../migrations/20261128_160133_venues_and_hosts'
import { fillVenueTimeZones } from '../migrations/20261128_175858_venue_time_zones'

// The seed writes dozens of documents; the site is told once, by whoever runs it, not per write.
const context = { disableRevalidate: true }

type Collection = 'categories' | 'posts' | 'pages' | 'screenings' | 'dvds' | 'press-items' | 'media' | 'users' | 'redirects' | 'resources'

/**
 * Finds a document by a unique field and updates it, or creates it: running the seed twice changes nothing,
 * the ids of its blocks and rows included.
 */
const upsert = async (
  payload: Payload,
  collection: Collection,
  where: Record<string, string>,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<string> => {
  const [field, value] = Object.entries(where)[0]
  const existing = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, locale: 'en', draft: true, depth: 0 })
  const saved = existing.docs[0]
  const doc = saved
    ? await payload.update({ collection, id: saved.id, data: withSavedRowIds(saved, data), locale: 'en', depth: 0, context, ...extra } as never)
    : await payload.create({ collection, data, locale: 'en', depth: 0, context, ...extra } as never)
  return String((doc as { id: string }).id)
}

const translate = async (payload: Payload, collection: Collection, id: string, data: Record<string, unknown>) => {
  const saved = await payload.findByID({ collection, id, locale: 'es', fallbackLocale: false, draft: true, depth: 0 } as never)
  await payload.update({ collection, id, data: withSavedRowIds(saved, data), locale: 'es', depth: 0, context } as never)
}

type GlobalUpdate = { slug: 'site-settings' | 'home-page'; locale: 'en' | 'es'; data: Record<string, unknown> }

/** Updates a global in one language, keeping the ids of the rows it already has. */
const updateGlobal = async (payload: Payload, { slug, locale, data }: GlobalUpdate) => {
  const saved = await payload.findGlobal({ slug, locale, fallbackLocale: false, depth: 0 })
  await payload.updateGlobal({ slug, locale, context, data: withSavedRowIds(saved, data) } as never)
}

/** A one-page PDF that says plainly it is a demo, to stand in for a real download. */
const demoPdf = async (title: string, lines: string[]) => {
  const document = await PDFDocument.create()
  document.setTitle(`${title} (demo)`)
  const font = await document.embedFont(StandardFonts.Helvetica)
  const page = document.addPage([612, 792])
  page.drawText('DEMO FILE: replace it in the CMS (Screening kit & downloads)', { x: 56, y: 720, size: 12, font, color: rgb(0.6, 0.1, 0.1) })
  page.drawText(title, { x: 56, y: 680, size: 24, font })
  lines.forEach((line, index) => page.drawText(line, { x: 56, y: 640 - index * 20, size: 12, font }))
  return Buffer.from(await document.save())
}

const seedPdf = async (payload: Payload, filename: string, title: string, lines: string[]) => {
  const existing = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return String(existing.docs[0].id)
  const data = await demoPdf(title, lines)
  const doc = await payload.create({
    collection: 'media',
    data: { alt: `${title} (demo PDF)` },
    file: { data, mimetype: 'application/pdf', name: filename, size: data.length },
    depth: 0,
  })
  return String(doc.id)
}

const seedImage = async (payload: Payload, filename: string, alt: string, title: string, subtitle: string, hue: number) => {
  const existing = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return String(existing.docs[0].id)
  const data = await demoImage(title, subtitle, hue)
  const doc = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    depth: 0,
  })
  return String(doc.id)
}

const seedUsers = async (payload: Payload) => {
  const email = env.SEED_ADMIN_EMAIL ?? (env.production ? undefined : 'admin@example.com')
  const password = env.SEED_ADMIN_PASSWORD ?? (env.production ? undefined : 'change-me-in-development')
  if (email && password) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
    if (!existing.docs[0]) {
      await payload.create({ collection: 'users', data: { email, password, name: 'Site admin', roles: ['admin'] } })
    }
  } else {
    payload.logger.warn('SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD not set: no admin user created.')
  }

  await ensureSiteAccount(payload)
}

/**
 * The site's service account, holding SITE_API_KEY: made by the seed, and brought up to date on every
 * start, so a new key (rotated, or made for a local demo) opens it at once.
 */
export const ensureSiteAccount = async (payload: Payload) => {
  const apiKey = env.siteApiKey
  if (!apiKey) return
  const siteEmail = env.SITE_SERVICE_EMAIL
  const existing = await payload.find({ collection: 'users', where: { email: { equals: siteEmail } }, limit: 1, depth: 0 })
  const holders = await accountsHoldingKey(payload, apiKey)
  if (existing.docs[0] && holders.some((holder) => holder.id === existing.docs[0]!.id)) return
  await upsert(
    payload,
    'users',
    { email: siteEmail },
    {
      email: siteEmail,
      name: 'Public site (service account)',
      roles: ['site'],
      enableAPIKey: true,
      apiKey,
      // Never used to sign in; the site authenticates with its API key.
      password: crypto.randomUUID() + crypto.randomUUID(),
    },
  )
}

export const seed = async (payload: Payload, now = Date.now()) => {
  payload.logger.info('Seeding demo content...')
  await seedUsers(payload)

  const heroId = await seedImage(
    payload,
    'demo-restore-fairness.jpg',
    'Demo image: the words Restore Fairness on a dark red background',
    'Restore Fairness',
    'Due process in immigration detention',
    350,
  )
  const filmId = await seedImage(
    payload,
    'demo-made-in-la.jpg',
    'Demo image: the title Made in L.A. on a deep blue background',
    'Made in L.A.',
    'A documentary about immigrant garment workers',
    215,
  )
  const screeningId = await seedImage(
    payload,
    'demo-screening.jpg',
    'Demo image: the words Community Screenings on a green background',
    'Community Screenings',
    'Bring the film to your town',
    150,
  )
  const dvdId = await seedImage(
    payload,
    'demo-dvd.jpg',
    'Demo image: the DVD cover of Made in L.A.',
    'Made in L.A. DVD',
    'Home, educational and community editions',
    35,
  )

  const categoryIds: Record<string, string> = {}
  for (const category of categories) {
    const id = await upsert(payload, 'categories', { slug: category.slug }, { title: category.title, slug: category.slug })
    await translate(payload, 'categories', id, { title: category.titleEs })
    categoryIds[category.slug] = id
  }

  const month = 30 * 24 * 60 * 60 * 1000
  const demoPostIds: string[] = []
  for (const post of demoPosts) {
    const id = await upsert(
      payload,
      'posts',
      { slug: post.slug },
      {
        title: post.title,
        slug: post.slug,
        excerpt: post.excerpt,
        content: richText(paragraph(post.body)),
        categories: [categoryIds[post.category]],
        heroImage: filmId,
        author: 'Demo author',
        publishedAt: new Date(now - post.monthsAgo * month).toISOString(),
        _status: 'published',
      },
    )
    await translate(payload, 'posts', id, {
      title: post.titleEs,
      content: richText(paragraph('Contenido de ejemplo: reemplázalo con las noticias de la campaña.')),
      _status: 'published',
    })
    demoPostIds.push(id)
  }

  const postId = await upsert(
    payload,
    'posts',
    { slug: restoreFairnessPost.slug },
    {
      title: restoreFairnessPost.title,
      slug: restoreFairnessPost.slug,
      excerpt: restoreFairnessPost.excerpt,
      content: restoreFairnessPost.content(),
      heroImage: heroId,
      author: restoreFairnessPost.author,
      tags: restoreFairnessPost.tags,
      categories: [categoryIds.immigration, categoryIds.allies],
      relatedPosts: demoPostIds.slice(0, 2),
      publishedAt: new Date(now - 3 * 24 * 60 * 60 * 1000).toISOString(),
      meta: { image: heroId },
      _status: 'published',
    },
  )
  await translate(payload, 'posts', postId, {
    title: restoreFairnessPost.titleEs,
    excerpt: restoreFairnessPost.excerptEs,
    content: restoreFairnessPost.contentEs(),
    _status: 'published',
  })

  for (const screening of demoScreenings(now)) {
    const { titleEs, hours, ...fields } = screening
    const endsAt = new Date(new Date(screening.startsAt).getTime() + hours * 60 * 60 * 1000).toISOString()
    const id = await upsert(
      payload,
      'screenings',
      { slug: screening.slug },
      {
        ...fields,
        endsAt,
        endsAt_tz: screening.startsAt_tz,
        meta: { image: screeningId },
        description: 'Demo screening: replace with a real event. The film is followed by a discussion with local organisers.',
        _status: 'published',
      },
    )
    await translate(payload, 'screenings', id, {
      title: titleEs,
      description: 'Proyección de ejemplo: reemplázala con un evento real. Después de la película habrá una conversación.',
      _status: 'published',
    })
  }

  for (const edition of dvdEditions) {
    const { titleEs, includes, ...fields } = edition
    const id = await upsert(
      payload,
      'dvds',
      { slug: edition.slug },
      {
        ...fields,
        currency: 'USD',
        includes: includes.map((item) => ({ item })),
        image: dvdId,
        runningTimeMinutes: 70,
        purchaseUrl: `https://example.org/store/${edition.slug}`,
        orderInstructions: 'Demo: institutions may also order by purchase order; write to us through the Contact page.',
        availability: 'inStock',
        _status: 'published',
      },
    )
    await translate(payload, 'dvds', id, { title: titleEs, _status: 'published' })
  }

  for (const item of pressItems) {
    await upsert(payload, 'press-items', { headline: item.headline }, { ...item, url: 'https://example.org/press/' + item.publishedOn })
  }

  for (const page of pages) {
    const id = await upsert(
      payload,
      'pages',
      { slug: page.slug },
      {
        title: page.title,
        slug: page.slug,
        summary: page.summary,
        layout: page.layout,
        meta: { image: filmId },
        _status: 'published',
      },
    )
    await translate(payload, 'pages', id, { title: page.titleEs, summary: page.summaryEs, _status: 'published' })
  }

  // The screening kit: demo PDFs and the poster, offered where hosts, audiences and the press look.
  const kit = [
    {
      title: 'Discussion guide',
      titleEs: 'Guía de discusión (en inglés)',
      kind: 'discussionGuide',
      language: 'en',
      showOn: ['host', 'screening'],
      file: await seedPdf(payload, 'demo-discussion-guide.pdf', 'Discussion guide', ['Questions to open a conversation after the film.']),
    },
    {
      title: 'Discussion guide (in Spanish)',
      titleEs: 'Guía de discusión',
      kind: 'discussionGuide',
      language: 'es',
      showOn: ['host', 'screening'],
      file: await seedPdf(payload, 'demo-guia-de-discusion.pdf', 'Guia de discusion', ['Preguntas para conversar despues de la pelicula.']),
    },
    {
      title: 'Facilitator tips',
      titleEs: 'Consejos para facilitar',
      kind: 'facilitatorTips',
      language: 'en',
      showOn: ['host'],
      file: await seedPdf(payload, 'demo-facilitator-tips.pdf', 'Facilitator tips', ['How to plan the evening, invite speakers and run the discussion.']),
    },
    { title: 'Poster', titleEs: 'Cartel', kind: 'poster', language: 'bilingual', showOn: ['host', 'screening', 'press'], file: filmId },
    {
      title: 'Press kit',
      titleEs: 'Kit de prensa',
      kind: 'pressKit',
      language: 'en',
      showOn: ['press'],
      file: await seedPdf(payload, 'demo-press-kit.pdf', 'Press kit', ['Synopsis, credits, contacts and stills.']),
    },
  ]
  for (const [order, { titleEs, ...resource }] of kit.entries()) {
    const id = await upsert(payload, 'resources', { title: resource.title }, { ...resource, description: 'Demo file: replace it with the real one.', order })
    await translate(payload, 'resources', id, { title: titleEs, description: 'Archivo de ejemplo: reemplázalo por el real.' })
  }

  // Demo redirects in the shapes of the original site's links (a dated blog post, a WordPress page
  // id, a static page): each leads to the page that replaced it.
  const pageIds = Object.fromEntries(
    (await payload.find({ collection: 'pages', limit: 100, depth: 0, select: { slug: true } })).docs.map((page) => [page.slug, String(page.id)]),
  )
  const demoRedirects = [
    { from: '/2009/06/breakthroughs-restore-fairness-campaign/', to: { type: 'reference', reference: { relationTo: 'posts', value: postId } } },
    { from: '/?page_id=12', to: { type: 'reference', reference: { relationTo: 'pages', value: pageIds['about-the-film'] } } },
    { from: '/host.html', to: { type: 'reference', reference: { relationTo: 'pages', value: pageIds['host-a-screening'] } } },
    { from: '/dvd.html', to: { type: 'custom', url: '/buy-the-dvd' } },
    { from: '/screenings.php', to: { type: 'custom', url: '/screenings' } },
  ]
  for (const redirect of demoRedirects) await upsert(payload, 'redirects', { from: redirect.from.replace(/\/$/, '') }, redirect)

  await updateGlobal(payload, {
    slug: 'site-settings',
    locale: 'en',
    data: {
      navigation: navigation.map(({ label, link }) => ({ label, link })),
      footer: {
        text: 'Made in L.A. is a documentary about immigrant garment workers in Los Angeles. No More Sweatshops.',
        creditLabel: 'Site by',
        creditName: 'Demo Studio (replace in Site settings)',
        creditUrl: 'https://example.org/studio',
        links: [
          { label: 'Contact', link: '/contact' },
          { label: 'Press', link: '/press' },
        ],
      },
      socialLinks: [
        { network: 'facebook', url: 'https://www.facebook.com/example-made-in-la' },
        { network: 'instagram', url: 'https://www.instagram.com/example-made-in-la' },
        { network: 'youtube', url: 'https://www.youtube.com/@example-made-in-la' },
      ],
      share: {
        message: 'Watch Made in L.A., a documentary about immigrant garment workers, and join No More Sweatshops.',
        hashtags: ['MadeInLA', 'NoMoreSweatshops'],
        image: filmId,
      },
      trailer: { url: 'https://vimeo.com/000000002', title: 'Made in L.A. trailer (example URL)', poster: filmId },
      actionLinks: [
        {
          label: 'Tell Congress',
          url: 'https://example.org/tell-congress',
          description: 'Demo action link: ask your representatives to protect garment workers.',
        },
      ],
    },
  })
  const current = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })
  await updateGlobal(payload, {
    slug: 'site-settings',
    locale: 'es',
    data: {
      navigation: (current.navigation ?? []).map((item, index) => ({ ...item, label: navigation[index]?.labelEs ?? item.label })),
      footer: {
        ...current.footer,
        text: 'Made in L.A. es un documental sobre trabajadoras inmigrantes de la confección en Los Ángeles.',
        creditLabel: 'Sitio de',
      },
      share: { ...current.share, message: 'Mira Made in L.A., un documental sobre trabajadoras inmigrantes de la confección, y únete a No More Sweatshops.' },
      trailer: { ...current.trailer, title: 'Tráiler de Made in L.A. (URL de ejemplo)' },
    },
  })

  await updateGlobal(payload, {
    slug: 'home-page',
    locale: 'en',
    data: {
      heading: 'Made in L.A.',
      tagline: 'Three immigrant women. One fight for fair work. Watch the film, find a screening, and join No More Sweatshops.',
      heroImage: filmId,
      showTrailer: true,
      latestPostsCount: 3,
      upcomingScreeningsCount: 3,
      showFeaturedPledges: true,
      callsToAction: [
        { heading: 'Host a screening', text: 'Bring the film to your community.', buttonLabel: 'Host a screening', link: '/host-a-screening' },
        { heading: 'Buy the DVD', text: 'Home, classroom and community editions.', buttonLabel: 'Buy the DVD', link: '/buy-the-dvd' },
        { heading: 'Spread the word', text: 'Share the film with your friends.', buttonLabel: 'Share', link: '/spread-the-word' },
      ],
    },
  })
  const home = await payload.findGlobal({ slug: 'home-page', locale: 'en', depth: 0 })
  await updateGlobal(payload, {
    slug: 'home-page',
    locale: 'es',
    data: {
      tagline: 'Tres mujeres inmigrantes. Una lucha por un trabajo justo. Mira la película, encuentra una proyección y únete a No More Sweatshops.',
      callsToAction: (home.callsToAction ?? []).map((cta, index) => ({
        ...cta,
        heading: ['Organiza una proyección', 'Compra el DVD', 'Corre la voz'][index] ?? cta.heading,
        buttonLabel: ['Organizar', 'Comprar', 'Compartir'][index] ?? cta.buttonLabel,
      })),
    },
  })
  // The demo screenings' venues and hosts, saved for the team to pick again.
  await linkSavedVenuesAndHosts(payload)
  await fillVenueTimeZones(payload)
  payload.logger.info('Demo content ready.')
}

/** Runs the seed only against an empty database (first start of a fresh clone). */
export const seedIfEmpty = async (payload: Payload) => {
  const { totalDocs } = await payload.count({ collection: 'posts', overrideAccess: true })
  if (totalDocs > 0) return false
  await seed(payload)
  return true
}
