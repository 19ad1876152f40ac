/**
 * One schema per public form, used by the browser (instant messages), the site's server (before
 * anything is stored) and the CMS (field validation), so all three reject the same input with the
 * same message naming the field. Strings are trimmed and Unicode-normalised.
 */
import { z } from 'zod'

// Before any schema is built: zod probes `new Function` (to compile faster parsers) when it builds an
// object schema, and the site's script policy forbids eval; the probe, though caught, is reported as
// a violation in every browser. These schemas are small: zod's interpreter is enough everywhere.
z.config({ jitless: true })

const clean = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').trim() : value)

const text = (field: string, max: number) =>
  z.preprocess(clean, z.string({ error: `${field} is required.` }).min(1, `${field} is required.`).max(max, `${field} must be at most ${max} characters.`))

const optionalText = (field: string, max: number) =>
  z.preprocess(
    (value) => (clean(value) === '' ? undefined : clean(value)),
    z.string().max(max, `${field} must be at most ${max} characters.`).optional(),
  )

const email = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.string({ error: 'email is required.' }).min(1, 'email is required.').max(254, 'email must be at most 254 characters.').pipe(z.email('email must be a valid email address.')),
)

const consent = (field: string, message: string) =>
  z.preprocess((value) => value === true || value === 'true' || value === 'on' || value === 'yes', z.literal(true, { error: `${field}: ${message}` }))

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
const dateRule = (field: string) => ({ error: `${field} must be a date (YYYY-MM-DD).`, params: { rule: 'date' } })

const date = (field: string) =>
  z.preprocess(clean, z.string({ error: `${field} is required.` }).min(1, `${field} is required.`).refine(isDate, dateRule(field)))

const optionalDate = (field: string) =>
  z.preprocess((value) => (clean(value) === '' ? undefined : clean(value)), z.string().refine(isDate, dateRule(field)).optional())

const country = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.string({ error: 'country is required.' }).regex(/^[A-Z]{2}$/, 'country must be a two-letter country code, e.g. US.'),
)

export const contactForm = z.object({
  name: text('name', 120),
  email,
  subject: text('subject', 200),
  message: text('message', 5000),
})

export const pledgeForm = z.object({
  name: text('name', 80),
  city: text('city', 80),
  message: optionalText('message', 280),
  consentToShow: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()),
})

export const commentForm = z.object({
  post: text('post', 64),
  name: text('name', 80),
  email,
  body: text('body', 3000),
})

export const subscribeForm = z.object({
  email,
  name: optionalText('name', 120),
  postcode: optionalText('postcode', 20),
  consent: consent('consent', 'please agree to receive updates.'),
  // The page's language: the confirmation email and later updates are sent in it.
  locale: z.preprocess((value) => (value === 'es' ? 'es' : 'en'), z.enum(['en', 'es'])),
})

export const venueTypes = ['community', 'school', 'university', 'worship', 'union', 'cinema', 'home', 'other'] as const
export const licenceTypes = ['home', 'educational', 'university', 'digitalSite', 'communityKit'] as const

export const hostRequestForm = z.object({
  name: text('name', 120),
  email,
  organisation: text('organisation', 200),
  city: text('city', 120),
  region: optionalText('region', 120),
  country,
  preferredDate: date('preferredDate'),
  alternativeDate: optionalDate('alternativeDate'),
  expectedAudience: z.preprocess(
    (value) => (value === '' || value === undefined || value === null ? undefined : Number(value)),
    z.number({ error: 'expectedAudience must be a number.' }).int('expectedAudience must be a whole number.').min(1, 'expectedAudience must be at least 1.').max(100000, 'expectedAudience must be at most 100000.').optional(),
  ),
  venueType: z.preprocess((value) => (value === '' ? undefined : value), z.enum(venueTypes, { error: 'venueType must be one of the listed venues.' }).optional()),
  licence: z.preprocess((value) => (value === '' ? undefined : value), z.enum(licenceTypes, { error: 'licence must be one of the listed editions.' }).optional()),
  message: optionalText('message', 5000),
})

/** What a submission names that must exist: a comment's post, published. Checked by the site and the CMS. */
export const unpublishedPostMessage = 'post must be a published post.'

export const forms = {
  contact: { schema: contactForm, collection: 'contact-messages' },
  pledge: { schema: pledgeForm, collection: 'pledges' },
  comment: { schema: commentForm, collection: 'comments' },
  subscribe: { schema: subscribeForm, collection: 'subscribers' },
  hostRequest: { schema: hostRequestForm, collection: 'host-requests' },
} as const

export type FormName = keyof typeof forms
// Own names only: `constructor` or `__proto__` are in every object, and are not forms.
export const isFormName = (value: unknown): value is FormName => typeof value === 'string' && Object.hasOwn(forms, value)

export type FieldErrors = Record<string, string>

/** The first message for each field, keyed by the field's name. */
export const fieldErrors = (error: z.ZodError): FieldErrors => {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return errors
}

/**
 * What is wrong with a field, as a rule and a limit, so the site can say it in the visitor's language
 * (the English message above stays what the API answers, the same on the site and in the CMS).
 */
export type FieldRule = 'required' | 'tooLong' | 'email' | 'date' | 'country' | 'consent' | 'choice' | 'wholeNumber' | 'tooSmall' | 'tooLarge' | 'invalid'
export type FieldProblem = { rule: FieldRule; limit?: number }
export type FieldProblems = Record<string, FieldProblem>

export const fieldProblem = (issue: z.core.$ZodIssue): FieldProblem => {
  switch (issue.code) {
    case 'invalid_type':
      // Text fields get this only when missing; the number field when it is not a whole number.
      return issue.expected === 'number' || issue.expected === 'int' ? { rule: 'wholeNumber' } : { rule: 'required' }
    case 'too_small':
      if (issue.origin === 'string') return { rule: 'required' }
      return { rule: 'tooSmall', limit: Number(issue.minimum) }
    case 'too_big':
      return issue.origin === 'string' ? { rule: 'tooLong', limit: Number(issue.maximum) } : { rule: 'tooLarge', limit: Number(issue.maximum) }
    case 'invalid_format':
      if (issue.format === 'email') return { rule: 'email' }
      return issue.path[0] === 'country' ? { rule: 'country' } : { rule: 'invalid' }
    case 'invalid_value':
      return issue.values.includes(true) ? { rule: 'consent' } : { rule: 'choice' }
    case 'custom':
      return issue.params?.rule === 'date' ? { rule: 'date' } : { rule: 'invalid' }
    default:
      return { rule: 'invalid' }
  }
}

/** The first problem for each field, keyed like `fieldErrors`. */
export const fieldProblems = (error: z.ZodError): FieldProblems => {
  const problems: FieldProblems = {}
  for (const issue of error.issues) problems[String(issue.path[0] ?? 'form')] ??= fieldProblem(issue)
  return problems
}

/** A Payload field `validate` that applies the same rule as the site's form. */
export const validateField =
  (schema: z.ZodObject, field: string) =>
  (value: unknown): true | string => {
    const rule = schema.shape[field] as z.ZodType | undefined
    if (!rule) return true
    const result = rule.safeParse(value ?? undefined)
    return result.success ? true : (result.error.issues[0]?.message ?? `${field} is invalid.`)
  }
