import type { FieldHook } from 'payload'

/** Credits the editor who creates a post unless a byline is typed in. */
export const setAuthorName: FieldHook = ({ operation, req, value }) => {
  if (value || operation !== 'create') return value
  const user = req.user as { name?: string } | null
  return user?.name ?? value
}
