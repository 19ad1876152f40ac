import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { guardEveryCollection } from './access/guardEveryCollection'
import { guardGlobalLocaleSwitch, guardLocaleSwitch, readableLists, translationColumn } from './components/admin/lists'
import { richTextEditor } from './blocks/richText'
import { Categories } from './collections/Categories'
import { Comments } from './collections/Comments'
import { ContactMessages } from './collections/ContactMessages'
import { Dvds } from './collections/Dvds'
import { HostRequests } from './collections/HostRequests'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { PartnerUsage, Partners } from './collections/Partners'
import { Pledges } from './collections/Pledges'
import { Posts } from './collections/Posts'
import { PressItems } from './collections/PressItems'
import { redirects } from './collections/Redirects'
import { Resources } from './collections/Resources'
import { Screenings } from './collections/Screenings'
import { Subscribers } from './collections/Subscribers'
import { ScreeningAlerts } from './collections/ScreeningAlerts'
import { AlertDeliveries, sendScreeningAlertsTask } from './collections/ScreeningAlerts/deliveries'
import { UndeliveredSubmissions } from './collections/UndeliveredSubmissions'
import { Users } from './collections/Users'
import { forgotPasswordMutation } from './collections/Users/passwordReset'
import { Hosts, Venues } from './collections/Venues'
import { databaseAdapter } from './database'
import { emailAdapter } from './email'
import { erasePersonalData, exportPersonalData } from './endpoints/privacy'
import { HomePage } from './globals/HomePage'
import { SiteSettings } from './globals/SiteSettings'
import { graphqlLimits } from './graphql/limits'
import { placeQueries } from './places/graphql'
import { publicViewQueries } from './graphql/publicView'
import { livePreview } from './preview'
import { adminSearchPath } from './search/admin'
import { searchQueries } from './search/graphql'
import { forgetSearchOnChange } from './search'
import { forgetAnswersOnChange } from './graphql/responseCache'
import { validationRules } from './graphql/validationRules'
import { storagePlugins } from './storage'
import { loggerConfig } from './logging'
import { dropUnusedEndpoints } from './rest/endpoints'
import { adminOrigins } from './adminOrigins'
import { env } from './env'
import { ContentChanges, recordPublicChanges } from './sync/changes'
import { changesQueries } from './sync/graphql'
import { WebhookDeliveries, Webhooks, deliverWebhookTask } from './sync/webhooks'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const sharedDir = path.resolve(dirname, '../../shared')

export default buildConfig({
  serverURL: env.CMS_PUBLIC_URL ?? '',
  csrf: adminOrigins,
  secret: env.secret,
  db: databaseAdapter(),
  email: emailAdapter(),
  editor: richTextEditor,
  sharp,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Made in L.A. CMS' },
    dateFormat: 'd MMM yyyy, HH:mm',
    // Payload's built-in avatar: Gravatar would send a hash of each team member's email to a third
    // party on every admin page (and shows a broken image where that site is unreachable).
    avatar: 'default',
    livePreview: livePreview(),
    components: {
      graphics: { Logo: '@/components/admin/brand#Logo', Icon: '@/components/admin/brand#Icon' },
      beforeDashboard: ['@/components/admin/Dashboard#Dashboard'],
      beforeNavLinks: ['@/components/admin/SearchNav#SearchNav', '@/components/admin/PendingNav#PendingNav'],
      views: { search: { Component: '@/components/admin/Search#Search', path: adminSearchPath, meta: { title: 'Search' } } },
    },
  },
  collections: readableLists([
    Posts,
    Categories,
    Pages,
    PressItems,
    Media,
    Resources,
    Screenings,
    Venues,
    Hosts,
    Dvds,
    HostRequests,
    Pledges,
    Comments,
    Subscribers,
    ScreeningAlerts,
    AlertDeliveries,
    ContactMessages,
    UndeliveredSubmissions,
    Users,
    Partners,
    PartnerUsage,
    Webhooks,
    WebhookDeliveries,
    ContentChanges,
  ])
    .map(translationColumn)
    .map(guardLocaleSwitch),
  globals: readableLists([SiteSettings, HomePage]).map(guardGlobalLocaleSwitch),
  endpoints: [exportPersonalData, erasePersonalData],
  plugins: [redirects, ...storagePlugins()],
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'es', label: 'Español' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  i18n: { supportedLanguages: { en, es }, fallbackLanguage: 'en' },
  graphQL: {
    maxComplexity: graphqlLimits.maxComplexity,
    disableIntrospectionInProduction: !env.GRAPHQL_INTROSPECTION,
    disablePlaygroundInProduction: !env.GRAPHQL_PLAYGROUND,
    validationRules,
    schemaOutputFile: path.join(sharedDir, 'schema.graphql'),
    queries: ((GraphQL: never, results: never) => ({
      ...placeQueries(GraphQL, results),
      ...searchQueries(GraphQL, results),
      ...publicViewQueries(GraphQL, results),
      ...changesQueries(GraphQL, results),
    })) as never,
    mutations: ((_GraphQL: never, { Mutation }: never) => forgotPasswordMutation(Mutation)) as never,
  },
  typescript: { outputFile: path.join(sharedDir, 'payload-types.ts') },
  jobs: {
    // Runs scheduled publishing; tests and one-off commands turn it off.
    // Screening alerts go out within seconds of a publish (six fields: the first is seconds), and
    // partners' webhooks within two.
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 10 },
      { cron: '*/5 * * * * *', queue: 'alerts', limit: 10 },
      { cron: '*/2 * * * * *', queue: 'webhooks', limit: 20 },
    ],
    tasks: [sendScreeningAlertsTask, deliverWebhookTask],
    shouldAutoRun: () => env.PAYLOAD_JOBS_AUTORUN,
    // Jobs are the server's own to run (autoRun above, the Local API in hooks and tests, which skip
    // these rules). Payload's defaults let any signed-in account, the site's key included, run the
    // queue or its schedules over HTTP (/api/payload-jobs/run, /handle-schedules): nobody may.
    access: { run: () => false, queue: () => false, cancel: () => false },
  },
  logger: loggerConfig(env),
  defaultDepth: 1,
  maxDepth: 4,
  telemetry: false,
})
  .then(guardEveryCollection)
  .then(forgetAnswersOnChange)
  .then(forgetSearchOnChange)
  .then(recordPublicChanges)
  .then(dropUnusedEndpoints)
