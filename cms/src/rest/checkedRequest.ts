/**
 * Bad input to the REST API is a 4xx that says what is wrong, before Payload's handlers see it:
 * Payload answers some malformed requests with a 500 (a `where` that is not JSON, a body that is a
 * JSON number, a multipart body without a boundary or cut short). Each check names the parameter or
 * the body; everything that passes goes to Payload untouched.
 */
type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** Whole numbers, given once; `limit`'s range is capListSize's to check (it names the bounds). */
const integerParameters: Record<string, number> = { limit: -Infinity, page: 1, depth: 0 }

const queryProblem = (url: URL): string | undefined => {
  for (const [name, minimum] of Object.entries(integerParameters)) {
    const values = url.searchParams.getAll(name)
    if (values.length === 0) continue
    if (values.length > 1 || !/^-?\d{1,9}$/.test(values[0]!) || Number(values[0]) < minimum) {
      return minimum === -Infinity ? `${name} must be a whole number, given once.` : `${name} must be a whole number of at least ${minimum}, given once.`
    }
  }
  // A `where` is either bracketed (where[field][operator]=value) or one JSON object.
  const where = url.searchParams.getAll('where')
  if (where.length > 1) return 'where must be given once.'
  if (where.length === 1) {
    try {
      const parsed: unknown = JSON.parse(where[0]!)
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'where must be a JSON object.'
    } catch {
      return 'where must be a JSON object, or written as where[field][operator]=value.'
    }
  }
  return undefined
}

const jsonObjectProblem = (text: string, what: string): string | undefined => {
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? undefined : `${what} must be a JSON object.`
  } catch {
    return `${what} is not valid JSON.`
  }
}

const bodyProblem = async (request: Request): Promise<{ status: number; message: string } | undefined> => {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return undefined
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type.startsWith('multipart/')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return { status: 400, message: 'The request body is not valid multipart/form-data (a boundary, and every part complete).' }
    }
    // The document's fields travel as JSON in the `_payload` part.
    const fields = form.get('_payload')
    const problem = typeof fields === 'string' ? jsonObjectProblem(fields, '_payload') : undefined
    return problem ? { status: 400, message: problem } : undefined
  }
  const text = await request.clone().text()
  if (text.trim() === '') return undefined
  // Payload reads JSON and multipart bodies only.
  if (type !== 'application/json') return { status: 415, message: 'Send the request body as application/json or multipart/form-data.' }
  const problem = jsonObjectProblem(text, 'The request body')
  return problem ? { status: 400, message: problem } : undefined
}

/**
 * A read sent as a POST (Payload's admin does so for its relationship pickers, whose queries can be
 * long): the query string travels as a form-encoded body, which Payload appends to the URL.
 */
const isReadByPost = (request: Request) =>
  request.method === 'POST' &&
  [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET') &&
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded'

export const checkedRest =
  (handler: Handler): Handler =>
  async (request, context) => {
    if (isReadByPost(request)) {
      const url = new URL(request.url)
      const query = queryProblem(new URL(`${url.origin}${url.pathname}?${await request.clone().text()}`))
      return query ? refuse(400, query) : handler(request, context)
    }
    const query = queryProblem(new URL(request.url))
    if (query) return refuse(400, query)
    const body = await bodyProblem(request)
    if (body) return refuse(body.status, body.message)
    return handler(request, context)
  }
