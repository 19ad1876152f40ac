// The public site: server-rendered, cached, reading the CMS over GraphQL from the Nitro server only.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * A package's built files (its `dist`), served from the site's own origin under a path that names
 * its version, so they can be cached for a year: the screenings map loads Leaflet from there.
 */
const distOf = (name: string) => {
  const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`)
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
  return { dir: path.join(path.dirname(manifest), 'dist'), baseURL: `/_map/${name}-${version}`, maxAge: 31_536_000 }
}
const leaflet = distOf('leaflet')
const markerCluster = distOf('leaflet.markercluster')

/** Pages for one person (draft previews, subscription links): never cached, never indexed. */
const privatePage = { swr: false, cache: false, headers: { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' } } as const
/**
 * Pages whose only behaviour is links and forms that also work without JavaScript, the menu and the
 * video poster: served without the Vue runtime (no JS bundle, no payload), with the two behaviours
 * from app/assets/enhance.js inline. Pages with client-side validation or other state keep hydrating.
 */
const staticPage = { noScripts: true } as const
const widgetAssetHeaders = { 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400', 'access-control-allow-origin': '*' }
const staticPages = ['/', '/blog', '/blog/**', '/screenings', '/screenings/**', '/buy-the-dvd', '/search', '/developers']
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  modules: ['@nuxtjs/i18n', '@nuxtjs/sitemap'],
  devtools: { enabled: false },
  css: ['~/assets/site.css'],

  runtimeConfig: {
    // Only what the pages need in the browser too; the server's settings are server/utils/env.ts.
    public: {
      siteUrl: 'http://localhost:3000',
      siteName: 'Made in L.A.',
      // The screenings map's raster tiles. OpenStreetMap's own servers are for light use only
      // (https://operations.osmfoundation.org/policies/tiles/): point this at your own tile server.
      mapTiles: {
        url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      },
    },
  },

  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
      meta: [{ name: 'theme-color', content: '#7a1f1f' }],
    },
  },

  i18n: {
    locales: [
      { code: 'en', language: 'en-US', name: 'English', file: 'en.json' },
      { code: 'es', language: 'es-US', name: 'Español', file: 'es.json' },
    ],
    defaultLocale: 'en',
    strategy: 'prefix_except_default',
    // The cookie would make Nitro skip its page cache; the URL carries the language instead.
    detectBrowserLanguage: false,
    baseUrl: process.env.NUXT_PUBLIC_SITE_URL ?? 'http://localhost:3000',
  },

  site: { url: process.env.NUXT_PUBLIC_SITE_URL ?? 'http://localhost:3000', name: 'Made in L.A.' },
  sitemap: {
    sources: ['/api/__sitemap__/urls'],
    // Pages only: not the health checks or the crawler's own files.
    exclude: [
      '/healthz',
      '/readyz',
      '/robots.txt',
      '/feed.xml',
      '/es/feed.xml',
      '/screenings.ics',
      '/screenings.xml',
      '/calendar/**',
      '/embed/**',
      '/media/**',
      '/search',
      '/es/search',
    ],
  },

  routeRules: {
    '/**': { swr: 60 },
    ...Object.fromEntries(
      staticPages.flatMap((page) => [
        [page, staticPage],
        [page === '/' ? '/es' : `/es${page}`, staticPage],
      ]),
    ),
    '/api/**': { swr: false, cache: false },
    // Media are streamed from the CMS with their own long cache headers.
    '/media/**': { swr: false, cache: false },
    // Drafts behind the admin's Preview button, and the data they read: never cached, never indexed.
    '/preview/**': privatePage,
    '/es/preview/**': privatePage,
    '/api/preview/**': privatePage,
    // The pages behind the links in subscribers' emails: personal, never cached or indexed.
    '/subscription/**': privatePage,
    '/es/subscription/**': privatePage,
    // The screenings widget partners embed (routes/embed): its frame and data are cached like pages. Its
    // script and stylesheet keep their addresses across releases, so browsers keep them for an hour, and
    // are fetched without credentials (crossorigin="anonymous"), so any origin may read them.
    '/embed/**': { headers: { 'x-robots-tag': 'noindex' } },
    '/embed/screenings.js': { headers: widgetAssetHeaders },
    '/embed/screenings.css': { headers: widgetAssetHeaders },
    '/healthz': { swr: false, cache: false },
    '/readyz': { swr: false, cache: false },
  },

  appConfig: {
    mapAssets: {
      leaflet: `${leaflet.baseURL}/leaflet.js`,
      leafletCss: `${leaflet.baseURL}/leaflet.css`,
      cluster: `${markerCluster.baseURL}/leaflet.markercluster.js`,
      clusterCss: `${markerCluster.baseURL}/MarkerCluster.css`,
    },
  },

  nitro: {
    publicAssets: [leaflet, markerCluster],
    // The built assets as .br and .gz files beside the originals, served to clients that accept them.
    compressPublicAssets: { gzip: true, brotli: true },
    storage: {
      // Survives restarts, so a CMS outage right after a restart still serves the last good pages.
      cache: { driver: 'fs', base: './.data/cache' },
      // Which URL each cached page is, so a change drops only the pages that show it.
      pages: { driver: 'fs', base: './.data/pages' },
      // Submissions waiting for the CMS, and short-lived form state for visitors without JavaScript.
      outbox: { driver: 'fs', base: './.data/outbox' },
      forms: { driver: 'fs', base: './.data/forms' },
    },
  },

  experimental: {
    // Route payloads are fetched when a visitor is about to follow a link, not for every link in view.
    defaults: { nuxtLink: { prefetchOn: { visibility: false, interaction: true } } },
  },

  typescript: { strict: true },
})
