import { instantAt, localDate } from '@made-in-la/shared/timeZones'

import { block, bold, heading, link, paragraph, quote, richText } from './lexical'

/** Example video URLs: the seed page does not give the originals, so editors replace these. */
export const exampleVideoUrls = {
  restoreFairness: 'https://www.youtube.com/watch?v=EXAMPLE-restore-fairness',
  juanaVillegas: 'https://vimeo.com/000000001',
}

export const restoreFairnessPost = {
  slug: 'breakthrough-restore-fairness-campaign',
  title: "Breakthrough's Restore Fairness campaign",
  titleEs: 'La campaña Restore Fairness de Breakthrough',
  excerpt:
    'Our friends at Breakthrough launched Restore Fairness, a campaign for due process in immigration detention. Watch their two short films and take six steps to act.',
  excerptEs:
    'Nuestros aliados de Breakthrough lanzaron Restore Fairness, una campaña por el debido proceso en la detención de inmigrantes. Mira sus dos cortos y da seis pasos para actuar.',
  author: 'Made in L.A. team',
  tags: ['due process', 'immigration detention', 'Breakthrough'],
  content: (posterId?: string) =>
    richText(
      paragraph(
        'The women of ',
        bold('Made in L.A.'),
        ' fought for the right to be treated fairly at work. Today many immigrants are denied something even more basic: a fair hearing. ',
        'Our friends at ',
        link('Breakthrough', 'https://breakthrough.tv'),
        ' have launched ',
        bold('Restore Fairness'),
        ', a campaign to bring due process back to immigration detention.',
      ),
      paragraph(
        'Hundreds of thousands of people are held in immigration detention every year, many without a lawyer, a hearing or a clear end to their detention. Two short films from the campaign show what that means for families.',
      ),
      heading('h2', 'Restore Fairness'),
      block('videoEmbed', {
        url: exampleVideoUrls.restoreFairness,
        title: 'Restore Fairness',
        credit: 'by Breakthrough',
        caption: 'Example URL: replace with the campaign video before publishing.',
        ...(posterId ? { poster: posterId } : {}),
      }),
      heading('h2', 'Juana Villegas: A Pregnant Woman Detained'),
      block('videoEmbed', {
        url: exampleVideoUrls.juanaVillegas,
        title: 'Juana Villegas: A Pregnant Woman Detained',
        credit: 'by Breakthrough',
        caption: 'Example URL: replace with the campaign video before publishing.',
      }),
      quote('Due process is not a privilege. It is the promise that everyone gets a fair hearing.'),
      paragraph('Watching is the first step. Here is how to do more:'),
      block('callToAction', {
        heading: 'Six ways to restore fairness',
        intro: 'Each takes a few minutes. Do one today, and share this post with a friend.',
        steps: [
          {
            text: 'Watch and share the Restore Fairness video with your friends and family.',
            linkLabel: 'Watch the video',
            linkUrl: exampleVideoUrls.restoreFairness,
          },
          {
            text: 'Sign the petition asking Congress to restore due process in immigration detention.',
            linkLabel: 'Sign the petition',
            linkUrl: 'https://example.org/restore-fairness/petition',
          },
          {
            text: 'Call your representatives and tell them detention needs oversight and fair hearings.',
            linkLabel: 'Find your representative',
            linkUrl: 'https://www.house.gov/representatives/find-your-representative',
          },
          {
            text: 'Host a screening of Made in L.A. and start a conversation in your community.',
            linkLabel: 'Host a screening',
            linkUrl: 'https://example.org/host-a-screening',
          },
          { text: 'Learn the facts about immigration detention and share them.', linkLabel: 'Detention facts', linkUrl: 'https://example.org/learn-more' },
          { text: 'Sign up for updates so you hear about the next action first.', linkLabel: 'Sign up', linkUrl: 'https://example.org/get-involved' },
        ],
      }),
    ),
  contentEs: () =>
    richText(
      paragraph(
        'Las mujeres de ',
        bold('Made in L.A.'),
        ' lucharon por un trato justo en el trabajo. Hoy a muchos inmigrantes se les niega algo aún más básico: una audiencia justa. Nuestros aliados de Breakthrough lanzaron ',
        bold('Restore Fairness'),
        ', una campaña para devolver el debido proceso a la detención de inmigrantes.',
      ),
      block('videoEmbed', {
        url: exampleVideoUrls.restoreFairness,
        title: 'Restore Fairness',
        credit: 'de Breakthrough',
        caption: 'URL de ejemplo: reemplázala con el video de la campaña.',
      }),
      block('videoEmbed', {
        url: exampleVideoUrls.juanaVillegas,
        title: 'Juana Villegas: una mujer embarazada detenida',
        credit: 'de Breakthrough',
        caption: 'URL de ejemplo: reemplázala con el video de la campaña.',
      }),
      block('callToAction', {
        heading: 'Seis maneras de restaurar la justicia',
        intro: 'Cada una toma unos minutos.',
        steps: [
          { text: 'Mira y comparte el video Restore Fairness.', linkLabel: 'Ver el video', linkUrl: exampleVideoUrls.restoreFairness },
          { text: 'Firma la petición al Congreso por el debido proceso.', linkLabel: 'Firmar', linkUrl: 'https://example.org/restore-fairness/petition' },
          {
            text: 'Llama a tus representantes.',
            linkLabel: 'Encuentra a tu representante',
            linkUrl: 'https://www.house.gov/representatives/find-your-representative',
          },
          { text: 'Organiza una proyección de Made in L.A.', linkLabel: 'Organizar', linkUrl: 'https://example.org/host-a-screening' },
          { text: 'Infórmate sobre la detención de inmigrantes.', linkLabel: 'Datos sobre la detención', linkUrl: 'https://example.org/learn-more' },
          { text: 'Suscríbete para recibir novedades.', linkLabel: 'Suscribirme', linkUrl: 'https://example.org/get-involved' },
        ],
      }),
    ),
}

/** Older demo posts, spread over months so the blog's monthly archive has something to show. */
export const demoPosts = [
  {
    slug: 'demo-garment-workers-win-back-wages',
    title: 'Demo post: Garment workers win back wages',
    titleEs: 'Ejemplo: Trabajadoras de la confección recuperan salarios',
    excerpt: 'A demo post about a back-wages settlement, to show the blog list and archive.',
    monthsAgo: 1,
    category: 'workers-rights',
    body: "This is demo content. Replace it with the campaign's own news.",
  },
  {
    slug: 'demo-screening-tour-announced',
    title: 'Demo post: Community screening tour announced',
    titleEs: 'Ejemplo: Anunciamos una gira de proyecciones',
    excerpt: 'A demo post announcing a screening tour.',
    monthsAgo: 2,
    category: 'screenings',
    body: 'This is demo content. Community groups across the country are hosting screenings of Made in L.A.',
  },
  {
    slug: 'demo-teaching-with-made-in-la',
    title: 'Demo post: Teaching with Made in L.A.',
    titleEs: 'Ejemplo: Enseñar con Made in L.A.',
    excerpt: 'A demo post about the discussion guide for classrooms.',
    monthsAgo: 4,
    category: 'allies',
    body: 'This is demo content. The discussion guide helps teachers use the film in class.',
  },
]

export const categories = [
  { slug: 'immigration', title: 'Immigration', titleEs: 'Inmigración' },
  { slug: 'workers-rights', title: "Workers' rights", titleEs: 'Derechos laborales' },
  { slug: 'screenings', title: 'Screenings', titleEs: 'Proyecciones' },
  { slug: 'allies', title: 'Allied campaigns', titleEs: 'Campañas aliadas' },
]

const days = 24 * 60 * 60 * 1000

/** 7 pm in the venue's own time zone, `dayOffset` days from now: when community screenings start. */
export const eveningIn = (timeZone: string, dayOffset: number, now = Date.now(), hour = 19) =>
  instantAt(localDate(new Date(now + dayOffset * days).toISOString(), timeZone), { hour }, timeZone)

/** Demo screenings relative to "now", so there are always upcoming and past ones. */
export const demoScreenings = (now = Date.now()) => [
  {
    slug: 'demo-los-angeles-community-screening',
    title: 'Demo: Los Angeles community screening',
    titleEs: 'Ejemplo: Proyección comunitaria en Los Ángeles',
    startsAt: eveningIn('America/Los_Angeles', 12, now),
    hours: 2.5,
    startsAt_tz: 'America/Los_Angeles',
    venue: {
      name: 'Demo Community Hall',
      address: '123 Example St',
      city: 'Los Angeles',
      region: 'CA',
      country: 'US',
      postalCode: '90012',
      latitude: 34.0522,
      longitude: -118.2437,
    },
    host: { name: 'Demo Garment Workers Center' },
    admission: { isFree: true },
    language: 'bilingual',
    subtitles: ['en', 'es'],
    accessibility: 'Step-free entrance. Spanish-English interpretation during the discussion.',
    status: 'scheduled',
  },
  {
    slug: 'demo-new-york-university-screening',
    title: 'Demo: New York university screening and panel',
    titleEs: 'Ejemplo: Proyección y panel universitario en Nueva York',
    startsAt: eveningIn('America/New_York', 26, now),
    hours: 3,
    startsAt_tz: 'America/New_York',
    venue: { name: 'Demo University Auditorium', city: 'New York', region: 'NY', country: 'US' },
    host: { name: 'Demo Labor Studies Program' },
    admission: { isFree: false, price: 5, currency: 'USD', rsvpUrl: 'https://example.org/rsvp/new-york' },
    language: 'en',
    subtitles: ['es'],
    status: 'scheduled',
  },
  {
    slug: 'demo-chicago-library-screening',
    title: 'Demo: Chicago public library screening',
    titleEs: 'Ejemplo: Proyección en la biblioteca de Chicago',
    startsAt: eveningIn('America/Chicago', 40, now),
    hours: 2,
    startsAt_tz: 'America/Chicago',
    venue: { name: 'Demo Branch Library', city: 'Chicago', region: 'IL', country: 'US' },
    host: { name: 'Demo Library Friends' },
    admission: { isFree: true, rsvpUrl: 'https://example.org/rsvp/chicago' },
    language: 'en',
    subtitles: ['en'],
    status: 'postponed',
  },
  {
    slug: 'demo-mexico-city-screening',
    title: 'Demo: Mexico City screening',
    titleEs: 'Ejemplo: Proyección en la Ciudad de México',
    startsAt: eveningIn('America/Mexico_City', 55, now),
    hours: 2,
    startsAt_tz: 'America/Mexico_City',
    venue: { name: 'Demo Centro Cultural', city: 'Ciudad de México', region: 'CDMX', country: 'MX' },
    host: { name: 'Demo Colectivo' },
    admission: { isFree: true },
    language: 'es',
    subtitles: ['es'],
    status: 'scheduled',
  },
  {
    slug: 'demo-san-francisco-screening',
    title: 'Demo: San Francisco screening (past)',
    titleEs: 'Ejemplo: Proyección en San Francisco (pasada)',
    startsAt: eveningIn('America/Los_Angeles', -30, now),
    hours: 2,
    startsAt_tz: 'America/Los_Angeles',
    venue: { name: 'Demo Mission Theater', city: 'San Francisco', region: 'CA', country: 'US' },
    host: { name: 'Demo Immigrant Rights Coalition' },
    admission: { isFree: false, price: 10, currency: 'USD' },
    language: 'en',
    subtitles: ['en', 'es'],
    status: 'scheduled',
  },
  {
    slug: 'demo-houston-screening',
    title: 'Demo: Houston screening (cancelled)',
    titleEs: 'Ejemplo: Proyección en Houston (cancelada)',
    startsAt: eveningIn('America/Chicago', -75, now),
    hours: 2,
    startsAt_tz: 'America/Chicago',
    venue: { name: 'Demo Union Hall', city: 'Houston', region: 'TX', country: 'US' },
    host: { name: 'Demo Workers Defense' },
    admission: { isFree: true },
    language: 'bilingual',
    subtitles: [],
    status: 'cancelled',
  },
]

export const dvdEditions = [
  {
    slug: 'home-use-dvd',
    title: 'Home use DVD',
    titleEs: 'DVD para uso doméstico',
    licence: 'home',
    price: 24.95,
    summary: 'For watching at home with family and friends. Not licensed for public screenings.',
    includes: ['English and Spanish subtitles', 'Bonus: "Where are they now?" featurette'],
    sortOrder: 1,
  },
  {
    slug: 'community-educational-dvd',
    title: 'K-12, public library & community group edition',
    titleEs: 'Edición para escuelas, bibliotecas y grupos comunitarios',
    licence: 'educational',
    price: 95,
    summary: 'For K-12 classrooms, public libraries and community groups, including free public screenings.',
    includes: ['English and Spanish subtitles', 'Bonus material', 'Discussion guide (PDF)', 'Public performance rights for non-admission events'],
    sortOrder: 2,
  },
  {
    slug: 'university-dvd',
    title: 'College & university edition with public performance rights',
    titleEs: 'Edición universitaria con derechos de exhibición pública',
    licence: 'university',
    price: 295,
    summary: 'For college and university libraries, courses and campus events.',
    includes: ['English and Spanish subtitles', 'Bonus material', 'Discussion guide (PDF)', 'Public performance rights'],
    sortOrder: 3,
  },
  {
    slug: 'digital-site-licence',
    title: 'Digital site licence (streaming)',
    titleEs: 'Licencia digital para streaming',
    licence: 'digitalSite',
    price: 395,
    format: 'digital',
    summary: 'Three-year streaming licence for a campus or library network.',
    includes: ['HD file with English and Spanish captions', 'Discussion guide (PDF)'],
    sortOrder: 4,
  },
  {
    slug: 'community-screening-kit',
    title: 'Community screening kit',
    titleEs: 'Kit para proyecciones comunitarias',
    licence: 'communityKit',
    price: 150,
    summary: 'Everything a group needs to host a public screening: the film, the licence, a poster and a discussion guide.',
    includes: ['DVD with English and Spanish subtitles', 'One-time public screening licence', 'Printable posters', 'Discussion guide (PDF)'],
    sortOrder: 5,
  },
]

export const pressItems = [
  {
    outlet: 'Demo Daily News',
    headline: 'Demo: A moving portrait of garment workers',
    publishedOn: '2007-06-12',
    pullQuote: 'Demo quote: intimate, urgent and hopeful.',
    featured: true,
  },
  {
    outlet: 'Demo Public Radio',
    headline: 'Demo: Filmmakers talk about Made in L.A.',
    publishedOn: '2007-09-03',
    pullQuote: 'Demo quote: a film that stays with you.',
  },
  { outlet: 'Demo Film Review', headline: 'Demo: Review of Made in L.A.', publishedOn: '2008-02-20', pullQuote: 'Demo quote: essential viewing.' },
]

export const navigation = [
  { label: 'Home', labelEs: 'Inicio', link: '/' },
  { label: 'About the Film', labelEs: 'Sobre la película', link: '/about-the-film' },
  { label: 'Blog', labelEs: 'Blog', link: '/blog' },
  { label: 'Screenings', labelEs: 'Proyecciones', link: '/screenings' },
  { label: 'Buy the DVD', labelEs: 'Compra el DVD', link: '/buy-the-dvd' },
  { label: 'Get Involved', labelEs: 'Participa', link: '/get-involved' },
  { label: 'Host a Screening', labelEs: 'Organiza una proyección', link: '/host-a-screening' },
  { label: 'Resources', labelEs: 'Recursos', link: '/learn-more' },
  { label: 'Press', labelEs: 'Prensa', link: '/press' },
  { label: 'Contact', labelEs: 'Contacto', link: '/contact' },
  { label: 'Made in L.A.', labelEs: 'Made in L.A.', link: '/made-in-la' },
  { label: 'Spread the Word', labelEs: 'Corre la voz', link: '/spread-the-word' },
]
