import { forms, type FormName, validateField } from '@made-in-la/shared/forms'

/** The site's form rule for one field, so the CMS rejects what the form rejects, with the same message. */
export const formRule = (form: FormName, field: string) => validateField(forms[form].schema, field)
