/**
 * Each public form, declared once: its fields, their kinds, limits and autocomplete, and the choice
 * lists they offer. The zod schema that the browser, the site's server and the CMS all check with,
 * the CMS's fields (cms/src/fields/formField.ts) and the site's form (SubmissionForm.vue) are derived
 * from it, so all three reject the same input with the same message naming the field. Strings are
 * trimmed and Unicode-normalised.
 */
import { z } from 'zod'

import { alertRadii, type ChoiceList, licences, venueTypes } from './choices'

// Before any schema is built: zod probes `new Function` (to compile faster parsers) when it builds an
// object schema, and the site's script policy forbids eval; the probe, though caught, is reported as
// a violation in every browser. These schemas are small: zod's interpreter is enough everywhere.
z.config({ jitless: true })

/** One field of a form. `hidden` fields are sent by the page itself, not typed by the visitor. */
export type FormFieldSpec =
  | { kind: 'text' | 'textarea'; max: number; required?: boolean; autocomplete?: string; hidden?: boolean }
  | { kind: 'email'; autocomplete: 'email' }
  | { kind: 'country'; autocomplete: 'country' }
  | { kind: 'date'; required?: boolean }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'select'; choices: ChoiceList; noun: string }
  | { kind: 'checkbox'; mustAgree?: string }
  | { kind: 'locale'; hidden: true }

type Fields = Record<string, FormFieldSpec>

const text = (max: number, options: { required?: boolean; autocomplete?: string; hidden?: boolean } = {}) => ({ kind: 'text', max, ...options }) as const
const textarea = (max: number, options: { required?: boolean } = {}) => ({ kind: 'textarea', max, ...options }) as const
const email = { kind: 'email', autocomplete: 'email' } as const
const required = { required: true } as const

const formDefinitions = {
  contact: {
    collection: 'contact-messages',
    fields: {
      name: text(120, { ...required, autocomplete: 'name' }),
      email,
      subject: text(200, required),
      message: textarea(5000, required),
    },
  },
  pledge: {
    collection: 'pledges',
    fields: {
      name: text(80, { ...required, autocomplete: 'name' }),
      city: text(80, { ...required, autocomplete: 'address-level2' }),
      message: textarea(280),
      consentToShow: { kind: 'checkbox' },
    },
  },
  comment: {
    collection: 'comments',
    fields: {
      post: text(64, { ...required, hidden: true }),
      name: text(80, { ...required, autocomplete: 'name' }),
      email,
      body: textarea(3000, required),
    },
  },
  subscribe: {
    collection: 'subscribers',
    fields: {
      email,
      name: text(120, { autocomplete: 'name' }),
      postcode: text(20, { autocomplete: 'postal-code' }),
      consent: { kind: 'checkbox', mustAgree: 'please agree to receive updates.' },
      // The page's language: the confirmation email and later updates are sent in it.
      locale: { kind: 'locale', hidden: true },
    },
  },
  screeningAlert: {
    collection: 'screening-alerts',
    fields: {
      email,
      place: text(120, { ...required, autocomplete: 'address-level2' }),
      radiusKm: { kind: 'select', choices: alertRadii, noun: 'distances' },
      consent: { kind: 'checkbox', mustAgree: 'please agree to receive screening alerts.' },
      // The page's language: the confirmation and the alerts are sent in it.
      locale: { kind: 'locale', hidden: true },
    },
  },
  hostRequest: {
    collection: 'host-requests',
    fields: {
      name: text(120, { ...required, autocomplete: 'name' }),
      email,
      organisation: text(200, { ...required, autocomplete: 'organization' }),
      city: text(120, { ...required, autocomplete: 'address-level2' }),
      region: text(120, { autocomplete: 'address-level1' }),
      country: { kind: 'country', autocomplete: 'country' },
      preferredDate: { kind: 'date', required: true },
      alternativeDate: { kind: 'date' },
      expectedAudience: { kind: 'number', min: 1, max: 100_000 },
      venueType: { kind: 'select', choices: venueTypes, noun: 'venues' },
      licence: { kind: 'select', choices: licences, noun: 'editions' },
      message: textarea(5000),
    },
  },
} as const satisfies Record<string, { collection: string; fields: Fields }>

// --- The zod rule each kind of field gives -------------------------------------------------------

const clean = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').trim() : value)
const emptyIsUnset = (value: unknown) => (clean(value) === '' ? undefined : clean(value))

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
const dateRule = (field: string) => ({ error: `${field} must be a date (YYYY-MM-DD).`, params: { rule: 'date' } })

const ruleOf = (field: string, spec: FormFieldSpec): z.ZodType => {
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      return spec.required
        ? z.preprocess(
            clean,
            z
              .string({ error: `${field} is required.` })
              .min(1, `${field} is required.`)
              .max(spec.max, `${field} must be at most ${spec.max} characters.`),
          )
        : z.preprocess(emptyIsUnset, z.string().max(spec.max, `${field} must be at most ${spec.max} characters.`).optional())
    case 'email':
      return z.preprocess(
        (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
        z
          .string({ error: `${field} is required.` })
          .min(1, `${field} is required.`)
          .max(254, `${field} must be at most 254 characters.`)
          .pipe(z.email(`${field} must be a valid email address.`)),
      )
    case 'country':
      return z.preprocess(
        (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
        z.string({ error: `${field} is required.` }).regex(/^[A-Z]{2}$/, `${field} must be a two-letter country code, e.g. US.`),
      )
    case 'date':
      return spec.required
        ? z.preprocess(
            clean,
            z
              .string({ error: `${field} is required.` })
              .min(1, `${field} is required.`)
              .refine(isDate, dateRule(field)),
          )
        : z.preprocess(emptyIsUnset, z.string().refine(isDate, dateRule(field)).optional())
    case 'number':
      return z.preprocess(
        (value) => (value === '' || value === undefined || value === null ? undefined : Number(value)),
        z
          .number({ error: `${field} must be a number.` })
          .int(`${field} must be a whole number.`)
          .min(spec.min, `${field} must be at least ${spec.min}.`)
          .max(spec.max, `${field} must be at most ${spec.max}.`)
          .optional(),
      )
    case 'select':
      return z.preprocess(
        (value) => (value === '' ? undefined : value),
        z.enum(spec.choices.values, { error: `${field} must be one of the listed ${spec.noun}.` }).optional(),
      )
    case 'checkbox':
      return spec.mustAgree
        ? z.preprocess(
            (value) => value === true || value === 'true' || value === 'on' || value === 'yes',
            z.literal(true, { error: `${field}: ${spec.mustAgree}` }),
          )
        : z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean())
    case 'locale':
      return z.preprocess((value) => (value === 'es' ? 'es' : 'en'), z.enum(['en', 'es']))
  }
}

const schemaOf = <F extends Fields>(fields: F) =>
  z.object(Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, ruleOf(name, spec)])) as Record<keyof F, z.ZodType>)

export type FormName = keyof typeof formDefinitions
export type FormFieldName<Form extends FormName> = Extract<keyof (typeof formDefinitions)[Form]['fields'], string>

export const forms = Object.fromEntries(
  Object.entries(formDefinitions).map(([name, { collection, fields }]) => [name, { collection, fields: fields as Fields, schema: schemaOf(fields as Fields) }]),
) as { [Name in FormName]: { collection: (typeof formDefinitions)[Name]['collection']; fields: Fields; schema: z.ZodObject } }

// Own names only: `constructor` or `__proto__` are in every object, and are not forms.
export const isFormName = (value: unknown): value is FormName => typeof value === 'string' && Object.hasOwn(forms, value)

/** What a submission names that must exist: a comment's post, published. Checked by the site and the CMS. */
export const unpublishedPostMessage = 'post must be a published post.'
/** A screening alert's place must be one the offline gazetteer knows (checked by the site before it is sent). */
export const unknownPlaceMessage = 'place must be a city or a US ZIP code we can find.'

// --- Errors -------------------------------------------------------------------------------------

export type FieldErrors = Record<string, string>

/** The first message for each field, keyed by the field's name. */
export const fieldErrors = (error: z.ZodError): FieldErrors => {
  const errors: FieldErrors = {}
  for (const issue of error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message
  return errors
}

/**
 * What is wrong with a field, as a rule and a limit, so the site can say it in the visitor's language
 * (the English message above stays what the API answers, the same on the site and in the CMS).
 */
export type FieldRule =
  'required' | 'tooLong' | 'email' | 'date' | 'country' | 'consent' | 'choice' | 'wholeNumber' | 'tooSmall' | 'tooLarge' | 'place' | 'invalid'
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
  (form: FormName, field: string) =>
  (value: unknown): true | string => {
    const rule = forms[form].schema.shape[field] as z.ZodType | undefined
    if (!rule) return true
    const result = rule.safeParse(value ?? undefined)
    return result.success ? true : (result.error.issues[0]?.message ?? `${field} is invalid.`)
  }
