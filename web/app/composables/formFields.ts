import type { ChoiceList } from '@made-in-la/shared/choices'
import { type FormFieldSpec, type FormName, forms } from '@made-in-la/shared/forms'

/** A form field as the page shows it; labels come from the i18n files (forms.fields.<name>). */
export type FormField = {
  name: string
  type: 'text' | 'email' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox'
  required?: boolean
  autocomplete?: string
  choices?: ChoiceList
  maxlength?: number
}

const asPageField = (name: string, spec: FormFieldSpec): FormField | null => {
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      return spec.hidden ? null : { name, type: spec.kind, required: spec.required, autocomplete: spec.autocomplete, maxlength: spec.max }
    case 'email':
      return { name, type: 'email', required: true, autocomplete: spec.autocomplete }
    case 'country':
      return { name, type: 'text', required: true, autocomplete: spec.autocomplete, maxlength: 2 }
    case 'date':
      return { name, type: 'date', required: spec.required }
    case 'number':
      return { name, type: 'number' }
    case 'select':
      return { name, type: 'select', choices: spec.choices }
    case 'checkbox':
      return { name, type: 'checkbox', required: Boolean(spec.mustAgree) }
    case 'locale':
      return null
  }
}

/** What a public form asks, in order, from its one declaration in shared/forms.ts. */
export const formFields = (form: FormName): FormField[] =>
  Object.entries(forms[form].fields)
    .map(([name, spec]) => asPageField(name, spec))
    .filter((field): field is FormField => field !== null)
