/** Retries the submission outbox in the background, so what was accepted during an outage arrives. */
export default defineNitroPlugin((nitroApp) => {
  const outboxIntervalMs = siteEnv.NUXT_OUTBOX_INTERVAL_MS
  const timer = setInterval(() => {
    flushOutbox().catch((error) => logger.error({ err: error }, 'outbox: flush failed'))
  }, Number(outboxIntervalMs))
  timer.unref()
  nitroApp.hooks.hook('close', () => clearInterval(timer))
})
