/**
 * Every GraphQL operation the site sends (shared/graphql/*.graphql) passes the API's own limits (depth,
 * aliases, cost, tokens), the same rules partners meet, so a change to a document or to the content
 * model cannot silently turn a page into an error. Prints each operation's cost against the limit.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { buildSchema, type DefinitionNode, type DocumentNode, type ExecutionArgs, type FragmentDefinitionNode, type GraphQLError, parse, specifiedRules, validate, visit } from 'graphql'
import { describe, expect, test } from 'vitest'

import { graphqlLimits } from '../src/graphql/limits'
import { validationRules } from '../src/graphql/validationRules'

const sharedDir = path.resolve(import.meta.dirname, '../../shared')
const schema = buildSchema(readFileSync(path.join(sharedDir, 'schema.graphql'), 'utf8'))
const documents = parse(
  readdirSync(path.join(sharedDir, 'graphql'))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(path.join(sharedDir, 'graphql', file), 'utf8'))
    .join('\n'),
)
const fragments = new Map(
  documents.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === 'FragmentDefinition').map((fragment) => [fragment.name.value, fragment]),
)

/** The fragments an operation uses, also through other fragments: what the site's codegen sends with it. */
const withFragments = (definition: DefinitionNode): DocumentNode => {
  const used = new Map<string, FragmentDefinitionNode>()
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value)
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment)
          collect(fragment)
        }
      },
    })
  collect(definition)
  return { kind: documents.kind, definitions: [definition, ...used.values()] } as DocumentNode
}

const operations = documents.definitions.flatMap((definition) =>
  definition.kind === 'OperationDefinition' && definition.name ? [{ name: definition.name.value, document: withFragments(definition) }] : [],
)

const costOf = (document: DocumentNode) => {
  let cost = 0
  validate(schema, document, [
    costLimitRule({
      maxCost: 0,
      flattenFragments: true,
      propagateOnRejection: false,
      exposeLimits: true,
      onReject: [(_context: unknown, error: GraphQLError) => (cost = Number(/found (\d+)/i.exec(error.message)?.[1] ?? /(\d+)\s*$/.exec(error.message)?.[1]))],
    }),
  ])
  return cost
}

describe("the site's GraphQL operations", () => {
  test('there are operations to check', () => {
    expect(operations.map((operation) => operation.name)).toEqual(expect.arrayContaining(['PostBySlug', 'PageBySlug', 'PreviewPost', 'HomePage']))
  })

  test.each(operations)('$name passes the limits every API client meets', ({ name, document }) => {
    const errors = validate(schema, document, [...specifiedRules, ...validationRules({ variableValues: {} } as ExecutionArgs)])
    expect(errors.map((error) => error.message)).toEqual([])
    const cost = costOf(document)
    expect(cost, name).toBeGreaterThan(0)
    console.log(`${name}: cost ${cost} of ${graphqlLimits.maxCost}`)
  })
})
