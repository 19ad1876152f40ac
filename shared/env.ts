import { z } from 'zod'

/**
 * The pieces both servers read their environment with (cms/src/env.ts, web/server/utils/env.ts).
 * A variable that is unset or empty takes its default; one that is set wrongly stops the server at
 * start with a message naming it (never its value, which may be a secret).
 */
const unsetWhenEmpty = (value: unknown) => (value === '' ? undefined : value)

export function text(): z.ZodType<string | undefined>
export function text(fallback: string): z.ZodType<string>
export function text(fallback?: string): z.ZodType<string | undefined> {
  return z.preprocess(unsetWhenEmpty, fallback === undefined ? z.string().optional() : z.string().default(fallback))
}

export const whole = (fallback: number, { min = 0 } = {}) =>
  z.preprocess(
    unsetWhenEmpty,
    z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(min, `must be at least ${min}`).default(fallback),
  )

export const flag = (fallback: boolean) => z.preprocess(unsetWhenEmpty, z.stringbool({ error: 'must be true or false' }).default(fallback))

export const address = () => z.preprocess(unsetWhenEmpty, z.url({ error: 'must be an address such as https://example.org' }).optional())

export function oneOf<const Choices extends readonly [string, ...string[]]>(choices: Choices): z.ZodType<Choices[number] | undefined>
export function oneOf<const Choices extends readonly [string, ...string[]]>(choices: Choices, fallback: Choices[number]): z.ZodType<Choices[number]>
export function oneOf<const Choices extends readonly [string, ...string[]]>(
  choices: Choices,
  fallback?: Choices[number],
): z.ZodType<Choices[number] | undefined> {
  const choice = z.enum(choices, { error: `must be one of ${choices.join(', ')}` })
  return z.preprocess(unsetWhenEmpty, fallback === undefined ? choice.optional() : choice.default(fallback))
}

/** Parses `source` (process.env) with `schema`; throws one message naming every variable set wrongly. */
export const parseEnv = <Schema extends z.ZodType>(schema: Schema, source: Record<string, string | undefined>): z.output<Schema> => {
  const result = schema.safeParse(source)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`)
  throw new Error(`The environment is not valid: ${problems.join('; ')} (see .env.example).`)
}
