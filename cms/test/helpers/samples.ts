import { unique } from './http'

export const lexical = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

export type Slug =
  | 'posts'
  | 'categories'
  | 'pages'
  | 'press-items'
  | 'media'
  | 'screenings'
  | 'dvds'
  | 'host-requests'
  | 'pledges'
  | 'comments'
  | 'subscribers'
  | 'contact-messages'
  | 'undelivered-submissions'
  | 'users'
  | 'redirects'
  | 'screening-alerts'
  | 'venues'
  | 'hosts'
  | 'partners'
  | 'webhooks'

/** Valid data for a new document of each collection; every call is unique where the model demands it. */
export const sampleData = (slug: Slug, refs: { postId?: string } = {}): Record<string, unknown> => {
  const name = unique(slug)
  switch (slug) {
    case 'posts':
      return { title: `Post ${name}`, content: lexical('Body'), excerpt: 'Sample' }
    case 'categories':
      return { title: `Category ${name}` }
    case 'pages':
      return { title: `Page ${name}` }
    case 'press-items':
      return { outlet: 'Test Outlet', headline: `Headline ${name}`, publishedOn: '2024-05-01T00:00:00.000Z' }
    case 'media':
      return { alt: `Alt ${name}` }
    case 'screenings':
      return {
        title: `Screening ${name}`,
        startsAt: '2030-01-10T19:00:00.000Z',
        endsAt: '2030-01-10T21:00:00.000Z',
        startsAt_tz: 'America/Los_Angeles',
        venue: { name: 'Hall', city: 'Los Angeles', country: 'US' },
        admission: { isFree: true },
        language: 'en',
        status: 'scheduled',
      }
    case 'dvds':
      return { title: `DVD ${name}`, licence: 'home', price: 20, currency: 'USD', format: 'dvd', availability: 'inStock' }
    case 'host-requests':
      return {
        name: 'Ana',
        email: `${name}@test.invalid`,
        organisation: `Org ${name}`,
        city: 'Fresno',
        country: 'US',
        preferredDate: '2030-03-01T00:00:00.000Z',
      }
    case 'venues':
      return { name: `Venue ${name}`, city: 'Fresno', country: 'US' }
    case 'hosts':
      return { name: `Host ${name}`, url: 'https://example.org/host' }
    case 'pledges':
      return { name: 'Ana', city: 'Fresno', message: 'No more sweatshops', consentToShow: true }
    case 'comments':
      return { post: refs.postId, name: 'Ana', email: `${name}@test.invalid`, body: 'Thank you' }
    case 'subscribers':
      return { email: `${name}@test.invalid`, consent: true }
    case 'contact-messages':
      return { name: 'Ana', email: `${name}@test.invalid`, subject: 'Hello', message: 'A question' }
    case 'undelivered-submissions':
      return { form: 'contact', reason: 'The CMS refused it (400): sample', attempts: 1, data: { name: 'Ana', subject: name } }
    case 'users':
      return { email: `${name}@test.invalid`, password: 'a-long-password-1', name: 'New member', roles: ['editor'] }
    case 'redirects':
      return { from: `/old/${name}.html`, to: { type: 'custom', url: '/screenings' } }
    case 'screening-alerts':
      return { email: `${name}@test.invalid`, place: 'Chicago, IL', consent: true, locale: 'en' }
    case 'partners':
      return { name: `Partner ${name}`, contact: `${name}@test.invalid`, pointsPerMinute: 60_000 }
    case 'webhooks':
      return { url: `https://partner.example/hooks/${name}`, events: ['screening.published'] }
  }
}

/** A 1x1 PNG, for uploads. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

/** GraphQL names of each collection, as Payload derives them. */
export const graphqlNames: Record<Slug, { single: string; list: string }> = {
  posts: { single: 'Post', list: 'Posts' },
  categories: { single: 'Category', list: 'Categories' },
  pages: { single: 'Page', list: 'Pages' },
  'press-items': { single: 'PressItem', list: 'PressItems' },
  media: { single: 'Media', list: 'allMedia' },
  screenings: { single: 'Screening', list: 'Screenings' },
  dvds: { single: 'Dvd', list: 'Dvds' },
  'host-requests': { single: 'HostRequest', list: 'HostRequests' },
  pledges: { single: 'Pledge', list: 'Pledges' },
  comments: { single: 'Comment', list: 'Comments' },
  subscribers: { single: 'Subscriber', list: 'Subscribers' },
  'contact-messages': { single: 'ContactMessage', list: 'ContactMessages' },
  'undelivered-submissions': { single: 'UndeliveredSubmission', list: 'UndeliveredSubmissions' },
  users: { single: 'User', list: 'Users' },
  redirects: { single: 'Redirect', list: 'Redirects' },
  'screening-alerts': { single: 'ScreeningAlert', list: 'ScreeningAlerts' },
  venues: { single: 'Venue', list: 'Venues' },
  hosts: { single: 'Host', list: 'Hosts' },
  partners: { single: 'Partner', list: 'Partners' },
  webhooks: { single: 'Webhook', list: 'Webhooks' },
}
