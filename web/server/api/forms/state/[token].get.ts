/** The errors and values of a form posted without JavaScript, read once by the page it returns to. */
export default defineEventHandler(async (event) => {
  const state = await takeFormState(getRouterParam(event, 'token') ?? '')
  if (!state) throw createError({ statusCode: 404, statusMessage: 'This form has expired; please fill it in again.' })
  return state
})
