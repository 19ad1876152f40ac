import { randomUUID } from 'node:crypto'

import {
  type FieldErrors,
  type FieldProblems,
  fieldErrors,
  fieldProblems,
  forms,
  isFormName,
  unknownPlaceMessage,
  unpublishedPostMessage,
} from '@made-in-la/shared/forms'

import { PlacesMatchingDocument, PublishedPostIdDocument } from '@made-in-la/shared/graphql'

/** True when visitors can read the post with this id: a comment may only name such a post. */
const isPublishedPost = cachedCmsQuery('published-post', async (id: string) => {
  const { Posts } = await cmsQuery(PublishedPostIdDocument, { id })
  return Boolean(Posts?.docs?.length)
})

/** True when the offline gazetteer knows a place by this name or ZIP code: an alert needs one. */
const isKnownPlace = cachedCmsQuery('known-place', async (search: string) => {
  const { Places } = await cmsQuery(PlacesMatchingDocument, { search, limit: 1 })
  return Places.docs.length > 0
})

const maxBodyBytes = 16 * 1024

/**
 * A path on this site to come back to after a plain HTML form post: read as a URL would be (so
 * `//host`, `/\host` and encoded forms of them cannot point elsewhere), and only its path is kept.
 * Anything else falls back to the home page.
 */
const returnPath = (value: unknown) => {
  if (typeof value !== 'string' || value.length > 512) return '/'
  const here = 'http://site.invalid'
  try {
    const url = new URL(value, here)
    return url.origin === here && /^\/(?!\/)[\w\-/]*$/.test(url.pathname) ? url.pathname : '/'
  } catch {
    return '/'
  }
}

/**
 * Receives the site's forms, with JavaScript (JSON in, JSON out) or without (form post in, redirect
 * out). Valid submissions go to the outbox and on to the CMS; the visitor is told they were received.
 */
export default defineEventHandler(async (event) => {
  const form = getRouterParam(event, 'form')
  if (!isFormName(form)) throw createError({ statusCode: 404, statusMessage: 'Unknown form' })
  const wantsJson = (getHeader(event, 'content-type') ?? '').includes('application/json')
  const body = await readSmallBody(event, maxBodyBytes)
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
  // `errors`: the English messages the CMS gives too; `problems`: the same, for the visitor's language.
  const refuse = async (errors: FieldErrors, problems: FieldProblems) => {
    if (wantsJson) {
      setResponseStatus(event, 400)
      return { message: Object.values(errors)[0], errors, problems }
    }
    const token = randomUUID()
    const values = Object.fromEntries(Object.entries(body).filter(([key]) => key in forms[form].schema.shape))
    await saveFormState(token, { form, values, errors, problems })
    return sendRedirect(event, `${back}?formState=${token}#form-${form}`, 303)
  }
  const parsed = forms[form].schema.safeParse(body)
  if (!parsed.success) return refuse(fieldErrors(parsed.error), fieldProblems(parsed.error))
  // What the CMS would refuse is refused here, before the visitor is told it was received.
  if (typeof parsed.data.post === 'string' && !(await isPublishedPost(parsed.data.post))) {
    return refuse({ post: unpublishedPostMessage }, { post: { rule: 'invalid' } })
  }
  if (form === 'screeningAlert' && typeof parsed.data.place === 'string' && !(await isKnownPlace(parsed.data.place.toLowerCase()))) {
    return refuse({ place: unknownPlaceMessage }, { place: { rule: 'place' } })
  }

  // Spam is answered like success, so its senders learn nothing.
  if (looksAutomated(body)) return answer('received')

  if (!(await seenRecently(form, parsed.data))) {
    const entry = await enqueueSubmission(form, parsed.data)
    await deliverSubmission(entry)
  }
  return answer('received')
})
