import { isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * A custom field's request with the locale its arguments ask for, as Payload's own list resolvers do:
 * the locale belongs to this field's request alone, not to the other fields of the same query.
 */
export const localised = (context: { req: PayloadRequest }, { locale, fallbackLocale }: { locale?: string; fallbackLocale?: string }) => {
  const req = (context.req = isolateObjectProperty(context.req, ['locale', 'fallbackLocale']))
  req.locale = (locale as PayloadRequest['locale']) || req.locale
  req.fallbackLocale = (fallbackLocale as PayloadRequest['fallbackLocale']) || req.fallbackLocale
  return req
}
