import type { TextField } from 'payload'

export const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return value.includes('/') || value === 'UTC'
  } catch {
    return false
  }
}

/** An IANA time zone name; kept as text so the public schema does not depend on Node's ICU data. */
export const timeZoneField = (overrides: Partial<TextField> = {}): TextField => ({
  name: 'timeZone',
  type: 'text',
  required: true,
  defaultValue: 'America/Los_Angeles',
  admin: {
    description: 'IANA time zone of the venue, e.g. America/Los_Angeles, America/New_York, Europe/London.',
  },
  validate: (value: unknown) =>
    typeof value === 'string' && isTimeZone(value)
      ? true
      : `"${String(value ?? '')}" is not a known time zone; use an IANA name such as America/Los_Angeles.`,
  ...overrides,
} as TextField)
