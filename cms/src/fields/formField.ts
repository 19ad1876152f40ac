import type { ChoiceList } from '@made-in-la/shared/choices'
import { type FormFieldName, type FormName, forms, validateField } from '@made-in-la/shared/forms'
import type { Field, Option, TextField } from 'payload'

import { calendarDateField } from './calendarDate'

/** A choice list as a select's options, labelled in the admin's language. */
export const choiceOptions = (list: ChoiceList): Option[] => list.values.map((value) => ({ value, label: list.labels[value] }))

type Extra = Partial<Pick<TextField, 'admin' | 'label' | 'defaultValue' | 'unique' | 'index' | 'access'>>
/** Where a field sits in the admin (fields of one `row`, side by side), or the field that replaces it. */
type Placement = Extra & { row?: string; replace?: Field }

/**
 * A submission's field as its form declares it (shared/forms.ts): the same kind, limits and choices,
 * and the form's own rule as `validate`, so the CMS rejects what the form rejects, with the same
 * message. `extra` adds what only the admin needs (width, label, default).
 */
export const formField = <Form extends FormName>(form: Form, name: FormFieldName<Form>, extra: Extra = {}): Field => {
  const spec = forms[form].fields[name]!
  const validate = validateField(form, name)
  const field = { name, validate, ...extra }
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      return { ...field, type: spec.kind, required: spec.required, maxLength: spec.max } as Field
    case 'email':
      return { ...field, type: 'email', required: true } as Field
    case 'country':
      return { ...field, type: 'text', required: true, maxLength: 2 } as Field
    case 'date':
      return calendarDateField({ ...field, required: spec.required } as Parameters<typeof calendarDateField>[0])
    case 'number':
      return { ...field, type: 'number', min: spec.min, max: spec.max } as Field
    case 'select':
      return { ...field, type: 'select', options: choiceOptions(spec.choices) } as Field
    case 'checkbox':
      return { ...field, type: 'checkbox', required: Boolean(spec.mustAgree) } as Field
    case 'locale':
      return {
        ...field,
        type: 'select',
        options: [
          { label: 'English', value: 'en' },
          { label: 'Español', value: 'es' },
        ],
      } as Field
  }
}

/**
 * Every field of a form, in its declared order, for the collection that stores it: a field added to
 * the form is stored without touching the collection. `placement` puts fields side by side (the same
 * `row`), adds what only the admin needs, or replaces a field (a comment's post is a relationship).
 */
export const formFields = <Form extends FormName>(form: Form, placement: Partial<Record<FormFieldName<Form>, Placement>> = {}): Field[] => {
  const fields: Field[] = []
  let row: { name?: string; fields: Field[] } = { fields: [] }
  const closeRow = () => {
    if (row.fields.length > 1) fields.push({ type: 'row', fields: row.fields })
    else fields.push(...row.fields)
    row = { fields: [] }
  }
  for (const name of Object.keys(forms[form].fields) as FormFieldName<Form>[]) {
    const { row: rowName, replace, ...extra } = placement[name] ?? {}
    const field = replace ?? formField(form, name, extra)
    if (!rowName || rowName !== row.name) closeRow()
    if (!rowName) fields.push(field)
    else row = { name: rowName, fields: [...row.fields, field] }
  }
  closeRow()
  return fields
}
