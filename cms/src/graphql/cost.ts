import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValueNode,
  visit,
} from 'graphql'

/**
 * What a query costs, in points: graphql-armor's cost of its selections (objects 2, scalars 1, each
 * level 1.5 times the one above, fragments costed where they are spread), plus one point for every
 * value in its arguments, variables resolved. The second part prices a large `where`: a variable
 * of 2,000 conditions shared by 15 aliases costs 30,000. The same number refuses a query over the
 * per-request maximum and is charged against the client's points per minute.
 */
export const operationCost = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}) =>
  Math.ceil(selectionCost(document, operation) + argumentCost(document, operation, variables))

const fragmentsOf = (document: DocumentNode) =>
  new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )

// The selection part depends on the document alone: worked out once per parsed document.
const selectionCosts = new WeakMap<OperationDefinitionNode, number>()

const selectionCost = (document: DocumentNode, operation: OperationDefinitionNode) => {
  const known = selectionCosts.get(operation)
  if (known !== undefined) return known
  const fragments = fragmentsOf(document)
  let cost = 0
  const context = { getFragment: (name: string) => fragments.get(name), reportError: () => undefined } as unknown as ValidationContext
  const visitor = costLimitRule({
    maxCost: Number.POSITIVE_INFINITY,
    flattenFragments: true,
    propagateOnRejection: false,
    onAccept: [(_context, { n }) => (cost = n)],
  })(context) as unknown as { OperationDefinition: { enter: (node: OperationDefinitionNode) => void } }
  visitor.OperationDefinition.enter(operation)
  selectionCosts.set(operation, cost)
  return cost
}

/** Leaf values of a JSON value or literal: objects and lists cost what they hold. */
const leaves = (value: unknown): number => {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + leaves(item), 0)
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + leaves(item), 0)
  return 1
}

const literalLeaves = (node: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): number => {
  switch (node.kind) {
    case Kind.VARIABLE: {
      const name = node.name.value
      if (name in variables) return leaves(variables[name])
      const fallback = defaults.get(name)
      return fallback ? literalLeaves(fallback, {}, new Map()) : 1
    }
    case Kind.LIST:
      return node.values.reduce((sum, item) => sum + literalLeaves(item, variables, defaults), 0)
    case Kind.OBJECT:
      return node.fields.reduce((sum, field) => sum + literalLeaves(field.value, variables, defaults), 0)
    default:
      return 1
  }
}

/** Every argument in the operation and in the fragments it spreads, once per place it appears. */
const argumentCost = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) => {
  const defaults = new Map<string, ValueNode>()
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue)
  }
  const fragments = fragmentsOf(document)
  const costOf = (node: OperationDefinitionNode | FragmentDefinitionNode, seen: Set<string>): number => {
    let cost = 0
    visit(node, {
      Argument(argument) {
        cost += literalLeaves(argument.value, variables, defaults)
      },
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value)
        // A fragment that spreads itself is refused by validation; count it once here.
        if (fragment && !seen.has(fragment.name.value)) cost += costOf(fragment, new Set([...seen, fragment.name.value]))
      },
    })
    return cost
  }
  return costOf(operation, new Set())
}

/** The operation a request runs: the named one, or the only one. */
export const selectedOperation = (document: DocumentNode, operationName?: string | null) => {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
  if (operationName) return operations.find((operation) => operation.name?.value === operationName)
  return operations.length === 1 ? operations[0] : undefined
}
