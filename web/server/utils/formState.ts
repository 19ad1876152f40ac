import type { FieldErrors, FieldProblems } from '@made-in-la/shared/forms'

/**
 * What a visitor typed into a form posted without JavaScript, kept only for the redirect back to the
 * page that shows it: read once, and gone after ten minutes in any case. The file store keeps no
 * expiry of its own, so each state carries its own and a sweep removes the ones nobody read.
 */
export type FormState = { form: string; values: Record<string, unknown>; errors: FieldErrors; problems: FieldProblems }
type StoredFormState = FormState & { expiresAt: number }

const lifetimeMs = 10 * 60 * 1000
const states = () => useStorage('forms')
const keyOf = (token: string) => `flash:${token}`

export const saveFormState = (token: string, state: FormState) =>
  states().setItem(keyOf(token), { ...state, expiresAt: Date.now() + lifetimeMs } satisfies StoredFormState, { ttl: lifetimeMs / 1000 })

/** The state for a token, removed as it is read; nothing once it has expired. */
export const takeFormState = async (token: string): Promise<FormState | null> => {
  if (!/^[\w-]{1,64}$/.test(token)) return null
  const stored = await states().getItem<StoredFormState>(keyOf(token))
  if (!stored) return null
  await states().removeItem(keyOf(token))
  if (!(stored.expiresAt > Date.now())) return null
  const { expiresAt: _expiresAt, ...state } = stored
  return state
}

/** Removes every state past its time (and any stored without one, from before states expired). */
export const sweepFormStates = async () => {
  for (const key of await states().getKeys('flash')) {
    const stored = await states().getItem<Partial<StoredFormState>>(key)
    if (!stored || !(Number(stored.expiresAt) > Date.now())) await states().removeItem(key)
  }
}
