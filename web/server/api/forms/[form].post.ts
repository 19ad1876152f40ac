import { randomUUID } from 'node:crypto'

import { fieldErrors, fieldProblems, forms, isFormName } from '@made-in-la/shared/forms'

const maxBodyBytes = 16 * 1024

/** A site path to come back to after a plain HTML form post; anything else falls back to the home page. */
const returnPath = (value: unknown) => (typeof value === 'string' && /^\/[\w\-/]*$/.test(value) ? value : '/')

/**
 * Receives the site's forms, with JavaScript (JSON in, JSON out) or without (form post in, redirect
 * out). Valid submissions go to the outbox and on to the CMS; the visitor is told they were received.
 */
export default defineEventHandler(async (event) => {
  const form = getRouterParam(event, 'form')
  if (!isFormName(form)) throw createError({ statusCode: 404, statusMessage: 'Unknown form' })
  if (Number(getHeader(event, 'content-length') ?? 0) > maxBodyBytes) {
    throw createError({ statusCode: 413, statusMessage: `Submissions are limited to ${maxBodyBytes / 1024} KB.` })
  }
  const wantsJson = (getHeader(event, 'content-type') ?? '').includes('application/json')
  const body = ((await readBody(event)) ?? {}) as Record<string, unknown>
  const back = returnPath(body.returnTo)

  const wait = await rateLimited(event, form)
  if (wait > 0) {
    setResponseHeader(event, 'retry-after', wait)
    throw createError({ statusCode: 429, statusMessage: `Too many submissions from your address; try again in ${wait} seconds.` })
  }

  const answer = (status: 'received') => {
    if (wantsJson) {
      setResponseStatus(event, 202)
      return { status }
    }
    return sendRedirect(event, `${back}?sent=${form}#form-${form}`, 303)
  }
  const parsed = forms[form].schema.safeParse(body)
  if (!parsed.success) {
    // `errors`: the English messages the CMS gives too; `problems`: the same, for the visitor's language.
    const errors = fieldErrors(parsed.error)
    const problems = fieldProblems(parsed.error)
    if (wantsJson) {
      setResponseStatus(event, 400)
      return { message: Object.values(errors)[0], errors, problems }
    }
    const token = randomUUID()
    const values = Object.fromEntries(Object.entries(body).filter(([key]) => key in forms[form].schema.shape))
    await useStorage('forms').setItem(`flash:${token}`, { form, values, errors, problems }, { ttl: 600 })
    return sendRedirect(event, `${back}?formState=${token}#form-${form}`, 303)
  }

  // Spam is answered like success, so its senders learn nothing.
  if (looksAutomated(body)) return answer('received')

  if (!(await seenRecently(form, parsed.data))) {
    const entry = await enqueueSubmission(form, parsed.data)
    await deliverSubmission(entry)
  }
  return answer('received')
})
