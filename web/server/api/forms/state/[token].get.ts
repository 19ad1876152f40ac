import type { FieldProblems } from '@made-in-la/shared/forms'

/** The errors and values of a form posted without JavaScript, read once by the page it returns to. */
export default defineEventHandler(async (event) => {
  const key = `flash:${getRouterParam(event, 'token') ?? ''}`
  const storage = useStorage('forms')
  const state = await storage.getItem<{ form: string; values: Record<string, string>; errors: Record<string, string>; problems?: FieldProblems }>(key)
  if (!state) throw createError({ statusCode: 404, statusMessage: 'This form has expired; please fill it in again.' })
  await storage.removeItem(key)
  return state
})
