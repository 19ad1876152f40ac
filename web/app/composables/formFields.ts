import { licenceTypes, venueTypes } from '@made-in-la/shared/forms'

/** What each public form asks, in order; labels come from the i18n files (forms.fields.<name>). */
export type FormField = {
  name: string
  type: 'text' | 'email' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox'
  required?: boolean
  autocomplete?: string
  options?: readonly string[]
  optionLabels?: string
  maxlength?: number
}

export const formFields: Record<string, FormField[]> = {
  contact: [
    { name: 'name', type: 'text', required: true, autocomplete: 'name', maxlength: 120 },
    { name: 'email', type: 'email', required: true, autocomplete: 'email' },
    { name: 'subject', type: 'text', required: true, maxlength: 200 },
    { name: 'message', type: 'textarea', required: true, maxlength: 5000 },
  ],
  pledge: [
    { name: 'name', type: 'text', required: true, autocomplete: 'name', maxlength: 80 },
    { name: 'city', type: 'text', required: true, autocomplete: 'address-level2', maxlength: 80 },
    { name: 'message', type: 'textarea', maxlength: 280 },
    { name: 'consentToShow', type: 'checkbox' },
  ],
  comment: [
    { name: 'name', type: 'text', required: true, autocomplete: 'name', maxlength: 80 },
    { name: 'email', type: 'email', required: true, autocomplete: 'email' },
    { name: 'body', type: 'textarea', required: true, maxlength: 3000 },
  ],
  subscribe: [
    { name: 'email', type: 'email', required: true, autocomplete: 'email' },
    { name: 'name', type: 'text', autocomplete: 'name', maxlength: 120 },
    { name: 'postcode', type: 'text', autocomplete: 'postal-code', maxlength: 20 },
    { name: 'consent', type: 'checkbox', required: true },
  ],
  hostRequest: [
    { name: 'name', type: 'text', required: true, autocomplete: 'name', maxlength: 120 },
    { name: 'email', type: 'email', required: true, autocomplete: 'email' },
    { name: 'organisation', type: 'text', required: true, autocomplete: 'organization', maxlength: 200 },
    { name: 'city', type: 'text', required: true, autocomplete: 'address-level2', maxlength: 120 },
    { name: 'region', type: 'text', autocomplete: 'address-level1', maxlength: 120 },
    { name: 'country', type: 'text', required: true, autocomplete: 'country', maxlength: 2 },
    { name: 'preferredDate', type: 'date', required: true },
    { name: 'alternativeDate', type: 'date' },
    { name: 'expectedAudience', type: 'number' },
    { name: 'venueType', type: 'select', options: venueTypes, optionLabels: 'forms.venueTypes' },
    { name: 'licence', type: 'select', options: licenceTypes, optionLabels: 'dvd.licences' },
    { name: 'message', type: 'textarea', maxlength: 5000 },
  ],
}
