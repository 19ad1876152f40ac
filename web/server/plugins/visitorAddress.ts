/**
 * Notes who asked for each request, for the requests a page makes to the site's own data routes while
 * it renders: they carry this context, and count against the visitor's limits (utils/rateLimits.ts),
 * not against one address shared by every visitor.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    event.context.visitorAddress = clientAddress(event)
  })
})

declare module 'h3' {
  interface H3EventContext {
    visitorAddress?: string
  }
}
