import { createHash } from 'node:crypto'

/**
 * True when the same submission arrived in the last ten minutes (double clicks, resubmitted forms).
 * One point per submission's fingerprint, taken atomically: of two identical posts arriving together,
 * exactly one gets through.
 */
export const seenRecently = async (form: string, data: Record<string, unknown>) => {
  const fingerprint = createHash('sha256')
    .update(form + JSON.stringify(data))
    .digest('hex')
  try {
    await limiterFor('forms-recent', 1, 10 * 60).consume(fingerprint)
    return false
  } catch (rejection) {
    if (typeof (rejection as { msBeforeNext?: number }).msBeforeNext !== 'number') throw rejection
    return true
  }
}

/** Bots fill the hidden field, or submit faster than a person can type. */
export const looksAutomated = (body: Record<string, unknown>) => {
  if (typeof body.website === 'string' && body.website.trim() !== '') return true
  const startedAt = Number(body.startedAt)
  return Number.isFinite(startedAt) && startedAt > 0 && Date.now() - startedAt < 2000
}
