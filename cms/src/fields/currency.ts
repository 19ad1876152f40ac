import type { SelectField } from 'payload'

export const currencies = ['USD', 'CAD', 'MXN', 'EUR', 'GBP'] as const

export const currencyField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'currency',
    type: 'select',
    required: true,
    defaultValue: 'USD',
    options: currencies.map((code) => ({ label: code, value: code })),
    admin: { description: 'ISO 4217 currency code.' },
    ...overrides,
  }) as SelectField
