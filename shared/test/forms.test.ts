import { describe, expect, test } from 'vitest'

import { venueTypes } from '../choices'
import { fieldErrors, fieldProblems, forms, isFormName, validateField } from '../forms'

describe('a form declared once gives its schema', () => {
  test('required text is trimmed and normalised, and its limit is the declared one', () => {
    const { schema, fields } = forms.comment
    expect(fields.name).toMatchObject({ kind: 'text', max: 80, required: true })
    const parsed = schema.parse({ post: 'p1', name: '  Cafe\u0301 ', email: ' Ana@Example.ORG ', body: 'Hello' })
    expect(parsed).toMatchObject({ name: 'Café', email: 'ana@example.org' })
    const refused = schema.safeParse({ post: 'p1', name: 'x'.repeat(81), email: 'ana@example.org', body: '' })
    expect(refused.success).toBe(false)
    expect(fieldErrors(refused.error!)).toEqual({ name: 'name must be at most 80 characters.', body: 'body is required.' })
    expect(fieldProblems(refused.error!)).toEqual({ name: { rule: 'tooLong', limit: 80 }, body: { rule: 'required' } })
  })

  test('optional fields treat empty as unset; numbers, dates, countries and choices say what they must be', () => {
    const { schema } = forms.hostRequest
    const base = { name: 'Ana', email: 'ana@example.org', organisation: 'Union', city: 'Chicago', country: 'us', preferredDate: '2027-01-15' }
    expect(schema.parse({ ...base, region: '', expectedAudience: '', venueType: '' })).toMatchObject({
      country: 'US',
      region: undefined,
      expectedAudience: undefined,
    })
    const refused = schema.safeParse({ ...base, country: 'USA', preferredDate: 'soon', expectedAudience: '2.5', venueType: 'stadium' })
    expect(fieldErrors(refused.error!)).toEqual({
      country: 'country must be a two-letter country code, e.g. US.',
      preferredDate: 'preferredDate must be a date (YYYY-MM-DD).',
      expectedAudience: 'expectedAudience must be a whole number.',
      venueType: 'venueType must be one of the listed venues.',
    })
    expect(fieldProblems(refused.error!)).toMatchObject({ country: { rule: 'country' }, preferredDate: { rule: 'date' }, venueType: { rule: 'choice' } })
  })

  test('a consent that must be given, and the page language, which falls back to English', () => {
    const { schema } = forms.subscribe
    expect(schema.parse({ email: 'a@example.org', consent: 'on', locale: 'fr' })).toMatchObject({ consent: true, locale: 'en' })
    expect(fieldErrors(schema.safeParse({ email: 'a@example.org', consent: 'no' }).error!)).toEqual({ consent: 'consent: please agree to receive updates.' })
  })

  test('choice fields accept exactly the values of their choice list', () => {
    for (const value of venueTypes.values) expect(validateField('hostRequest', 'venueType')(value)).toBe(true)
    expect(validateField('hostRequest', 'venueType')('arena')).toBe('venueType must be one of the listed venues.')
    expect(validateField('hostRequest', 'notAField' as never)('anything')).toBe(true)
  })

  test('only the declared forms are forms', () => {
    expect(Object.keys(forms)).toEqual(['contact', 'pledge', 'comment', 'subscribe', 'screeningAlert', 'hostRequest'])
    expect(['contact', 'constructor', '__proto__', 42].map(isFormName)).toEqual([true, false, false, false])
  })
})
