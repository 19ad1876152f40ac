/** Removes form state nobody came back for (see utils/formState.ts). */
export default defineNitroPlugin((nitroApp) => {
  const formStateSweepMs = siteEnv.NUXT_FORM_STATE_SWEEP_MS
  const timer = setInterval(() => {
    sweepFormStates().catch((error) => logger.error({ err: error }, 'form state: sweep failed'))
  }, Number(formStateSweepMs))
  timer.unref()
  nitroApp.hooks.hook('close', () => clearInterval(timer))
})
