/**
 * The site's background work, each on its own interval until the server closes: retrying the
 * submission outbox (what was accepted during an outage arrives), and removing form state nobody came
 * back for (utils/formState.ts).
 */
const jobs = [
  { name: 'outbox: flush', everyMs: () => siteEnv.NUXT_OUTBOX_INTERVAL_MS, run: () => flushOutbox() },
  { name: 'form state: sweep', everyMs: () => siteEnv.NUXT_FORM_STATE_SWEEP_MS, run: () => sweepFormStates() },
]

export default defineNitroPlugin((nitroApp) => {
  for (const job of jobs) {
    const timer = setInterval(() => {
      job.run().catch((error) => logger.error({ err: error }, `${job.name} failed`))
    }, job.everyMs())
    timer.unref()
    nitroApp.hooks.hook('close', () => clearInterval(timer))
  }
})
