import { z } from 'zod'
import { expect, test } from 'vitest'

import { address, flag, oneOf, parseEnv, text, whole } from '../env'

const schema = z.object({
  NAME: text('site'),
  KEY: text(),
  COUNT: whole(5, { min: 1 }),
  ON: flag(true),
  AT: address(),
  FORMAT: oneOf(['json', 'pretty'], 'json'),
})

test('unset and empty variables take their defaults; set ones are read as their kind', () => {
  expect(parseEnv(schema, {})).toEqual({ NAME: 'site', KEY: undefined, COUNT: 5, ON: true, AT: undefined, FORMAT: 'json' })
  expect(parseEnv(schema, { NAME: '', COUNT: '', ON: '' })).toMatchObject({ NAME: 'site', COUNT: 5, ON: true })
  expect(parseEnv(schema, { COUNT: '12', ON: 'false', AT: 'https://example.org', FORMAT: 'pretty' })).toMatchObject({ COUNT: 12, ON: false, FORMAT: 'pretty' })
})

test('every variable set wrongly is named in one message, without its value', () => {
  expect(() => parseEnv(schema, { COUNT: '0', ON: 'sometimes', AT: 'secret-value', FORMAT: 'xml' })).toThrow(
    'The environment is not valid: COUNT must be at least 1; ON must be true or false; AT must be an address such as https://example.org; FORMAT must be one of json, pretty (see .env.example).',
  )
  expect(() => parseEnv(schema, { COUNT: '1.5' })).toThrow(/COUNT must be a whole number/)
})
