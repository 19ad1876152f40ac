import type { TextField } from 'payload'

export const isWebUrl = (value: string): boolean => {
  try {
    const { protocol } = new URL(value)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

export const validateUrl = (value: unknown, required = false): string | true => {
  if (value === undefined || value === null || value === '') {
    return required ? 'This field is required.' : true
  }
  if (typeof value !== 'string' || !isWebUrl(value)) {
    return 'Enter a full web address starting with https:// or http://'
  }
  return true
}

type UrlFieldOptions = {
  name: string
  label?: string
  required?: boolean
  admin?: TextField['admin']
  validate?: (value: unknown, required: boolean) => string | true
}

/** A text field that only accepts absolute http(s) addresses. */
export const urlField = ({ name, label, required = false, admin, validate }: UrlFieldOptions): TextField => ({
  name,
  label,
  type: 'text',
  required,
  maxLength: 2048,
  admin,
  validate: (value: unknown) => (validate ?? validateUrl)(value, required),
})
