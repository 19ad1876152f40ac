import { exampleVideoUrls } from './content'
import { paragraph, richText } from './lexical'

type PageSeed = {
  slug: string
  title: string
  titleEs: string
  summary: string
  summaryEs: string
  layout: Record<string, unknown>[]
}

const copy = (...paragraphs: string[]) => ({ blockType: 'content', body: richText(...paragraphs.map((p) => paragraph(p))) })

export const pages: PageSeed[] = [
  {
    slug: 'about-the-film',
    title: 'About the Film',
    titleEs: 'Sobre la película',
    summary: 'Made in L.A. follows three immigrant women working in Los Angeles garment factories on their journey to win basic labour protections.',
    summaryEs: 'Made in L.A. sigue a tres mujeres inmigrantes que trabajan en fábricas de ropa de Los Ángeles en su lucha por protecciones laborales básicas.',
    layout: [
      copy(
        'Made in L.A. is the story of Maria, Lupe and Lupe, immigrant garment workers in Los Angeles, and their three-year struggle against a clothing retailer for fair wages and working conditions.',
        'The film is an intimate portrait of courage and of what it takes to organise, and of how taking part changes the people who do it.',
      ),
      {
        blockType: 'videoEmbed',
        url: exampleVideoUrls.restoreFairness,
        title: 'Made in L.A. trailer (example URL)',
        caption: 'Demo: replace with the trailer address in Site settings.',
      },
      {
        blockType: 'people',
        heading: 'Filmmakers',
        people: [
          { name: 'Demo Director', role: 'Director / producer', bio: "Demo biography: replace with the filmmakers' own." },
          { name: 'Demo Producer', role: 'Producer', bio: 'Demo biography.' },
        ],
      },
      {
        blockType: 'awards',
        heading: 'Awards',
        awards: [
          { name: 'Demo: Audience award', festival: 'Demo Film Festival', year: 2007 },
          { name: 'Demo: Best documentary', festival: 'Demo International Festival', year: 2008 },
        ],
      },
    ],
  },
  {
    slug: 'get-involved',
    title: 'Get Involved',
    titleEs: 'Participa',
    summary: 'Host a screening, sign the pledge, sign up for updates and tell Congress to act.',
    summaryEs: 'Organiza una proyección, firma el compromiso, suscríbete y pide al Congreso que actúe.',
    layout: [
      copy('There are many ways to stand with garment workers and immigrants. Pick one and start today.'),
      {
        blockType: 'callToAction',
        heading: 'Take action',
        steps: [
          { text: 'Sign the pledge against sweatshops.', linkLabel: 'Sign the pledge', linkUrl: 'https://example.org/pledge' },
          { text: 'Host a screening in your community.', linkLabel: 'Host a screening', linkUrl: 'https://example.org/host-a-screening' },
          { text: "Tell Congress to protect workers' rights.", linkLabel: 'Tell Congress', linkUrl: 'https://example.org/tell-congress' },
        ],
      },
      { blockType: 'form', form: 'pledge', heading: 'Sign the pledge' },
      { blockType: 'form', form: 'subscribe', heading: 'Sign up for updates' },
    ],
  },
  {
    slug: 'host-a-screening',
    title: 'Host a Screening',
    titleEs: 'Organiza una proyección',
    summary: 'Bring Made in L.A. to your school, library, union hall or community centre.',
    summaryEs: 'Lleva Made in L.A. a tu escuela, biblioteca, sindicato o centro comunitario.',
    layout: [
      copy('Tell us about your screening and we will help you choose the right licence, find a speaker and promote the event.'),
      { blockType: 'form', form: 'hostRequest', heading: 'Request a screening' },
      { blockType: 'screeningKit', place: 'host' },
    ],
  },
  {
    slug: 'learn-more',
    title: 'Learn More',
    titleEs: 'Aprende más',
    summary: "Resources on garment work, immigration and workers' rights, and the organisations doing the work.",
    summaryEs: 'Recursos sobre la confección, la inmigración y los derechos laborales, y las organizaciones que trabajan en ellos.',
    layout: [
      {
        blockType: 'resources',
        heading: 'Partner organisations',
        links: [
          {
            title: 'Demo Garment Worker Center',
            url: 'https://example.org/garment-worker-center',
            description: 'Demo partner: replace with real partners.',
            kind: 'partner',
          },
          {
            title: 'Breakthrough',
            url: 'https://breakthrough.tv',
            description: 'Human rights organisation behind the Restore Fairness campaign.',
            kind: 'partner',
          },
        ],
      },
      {
        blockType: 'resources',
        heading: 'Resources',
        links: [
          {
            title: 'Demo: Discussion guide',
            url: 'https://example.org/discussion-guide.pdf',
            description: 'Questions for a conversation after the film.',
            kind: 'resource',
          },
          { title: 'U.S. Department of Labor: Wage and Hour Division', url: 'https://www.dol.gov/agencies/whd', kind: 'resource' },
        ],
      },
    ],
  },
  {
    slug: 'press',
    title: 'Press',
    titleEs: 'Prensa',
    summary: 'Coverage of Made in L.A. and the press kit.',
    summaryEs: 'Cobertura de Made in L.A. y el kit de prensa.',
    layout: [
      { blockType: 'pressCoverage', heading: 'In the press', limit: 20 },
      { blockType: 'screeningKit', place: 'press' },
    ],
  },
  {
    slug: 'contact',
    title: 'Contact',
    titleEs: 'Contacto',
    summary: 'Questions about screenings, licences or the press? Write to us.',
    summaryEs: '¿Preguntas sobre proyecciones, licencias o prensa? Escríbenos.',
    layout: [{ blockType: 'form', form: 'contact', heading: 'Send us a message' }],
  },
  {
    slug: 'made-in-la',
    title: 'Made in L.A.',
    titleEs: 'Made in L.A.',
    summary: 'The campaign behind the film: No More Sweatshops.',
    summaryEs: 'La campaña detrás de la película: No More Sweatshops.',
    layout: [
      copy(
        'No More Sweatshops is the campaign that grew out of the film: a call to consumers, companies and lawmakers to make sure the clothes we wear are made with dignity.',
      ),
    ],
  },
  {
    slug: 'spread-the-word',
    title: 'Spread the Word',
    titleEs: 'Corre la voz',
    summary: 'Share the film with your friends, and put our badge on your website.',
    summaryEs: 'Comparte la película con tus amistades y pon nuestra insignia en tu sitio web.',
    layout: [copy('Use the links below to share the campaign by email or on social media, or copy the badge code onto your own site.')],
  },
]
