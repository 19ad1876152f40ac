import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationContext,
  type ValueNode,
  visit,
} from 'graphql'

import { graphqlLimits } from './limits'

/**
 * What a query costs, in points: graphql-armor's cost of its selections (objects 2, scalars 1, each
 * level 1.5 times the one above, fragments costed where they are spread), plus one point for every
 * value in its arguments, variables resolved, and `whereConditionCost` points for every value in a
 * `where` (a condition the database checks on every row, built into SQL by Payload on the CMS's one
 * thread). A variable of 2,000 conditions shared by 15 aliases costs 300,000; the most a request may
 * hold is about 30 conditions under each of 15 aliases. Lists cost what they read (listCost: their
 * limit times the fields of each document). The same number refuses a query over the
 * per-request maximum and is charged against the client's points per minute.
 */
const { whereConditionCost } = graphqlLimits

export const operationCost = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}) =>
  Math.ceil(selectionCost(document, operation) + argumentCost(document, operation, variables) + listCost(document, operation, variables))

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
  const defaults = variableDefaults(operation)
  const fragments = fragmentsOf(document)
  const costOf = (node: OperationDefinitionNode | FragmentDefinitionNode, seen: Set<string>): number => {
    let cost = 0
    visit(node, {
      Argument(argument) {
        cost += literalLeaves(argument.value, variables, defaults) * (argument.name.value === 'where' ? whereConditionCost : 1)
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

/** The defaults an operation gives its variables, by name. */
const variableDefaults = (operation: OperationDefinitionNode) =>
  new Map(
    (operation.variableDefinitions ?? []).flatMap((definition) =>
      definition.defaultValue ? [[definition.variable.name.value, definition.defaultValue] as const] : [],
    ),
  )

/** An integer or string argument's value (a `limit`, a date): inline, from the request's variables, or from the variable's default. */
export const argumentValue = (node: ValueNode, variables: Record<string, unknown> | undefined, defaults: Map<string, ValueNode>): unknown => {
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.STRING) return node.value
  if (node.kind !== Kind.VARIABLE) return undefined
  const name = node.name.value
  if (variables && name in variables) return variables[name]
  const fallback = defaults.get(name)
  return fallback ? argumentValue(fallback, undefined, new Map()) : undefined
}

/** Payload's page size when a list names none. */
const defaultLimit = 10

/**
 * What a list reads: for each list (a field whose selection holds `docs`), its `limit` (variables
 * and defaults resolved, Payload's 10 when absent) times the fields asked of each document, nested
 * fields and fragments included. Fifteen aliases of 100 posts with their content cost what fifteen
 * hundred documents cost to read and send, not what one does.
 */
const listCost = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) => {
  const defaults = variableDefaults(operation)
  const fragments = fragmentsOf(document)
  const fieldsIn = (selections: readonly SelectionNode[], seen: Set<string>): FieldNode[] =>
    selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection]
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsIn(selection.selectionSet.selections, seen)
      const fragment = fragments.get(selection.name.value)
      return fragment && !seen.has(fragment.name.value) ? fieldsIn(fragment.selectionSet.selections, new Set([...seen, fragment.name.value])) : []
    })
  const leavesOf = (selections: readonly SelectionNode[]): number =>
    fieldsIn(selections, new Set()).reduce((sum, field) => sum + (field.selectionSet ? leavesOf(field.selectionSet.selections) : 1), 0)
  const limitOf = (field: FieldNode) => {
    const argument = field.arguments?.find((candidate) => candidate.name.value === 'limit')
    if (!argument) return defaultLimit
    const value = argumentValue(argument.value, variables, defaults)
    // A limit over the cap is refused by its own rule, which says so; here it counts as the cap.
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, graphqlLimits.maxLimit) : defaultLimit
  }
  const costIn = (selections: readonly SelectionNode[]): number =>
    fieldsIn(selections, new Set()).reduce((sum, field) => {
      if (!field.selectionSet) return sum
      const docs = fieldsIn(field.selectionSet.selections, new Set()).find((child) => child.name.value === 'docs' && child.selectionSet)
      return sum + (docs ? limitOf(field) * leavesOf(docs.selectionSet!.selections) : costIn(field.selectionSet.selections))
    }, 0)
  return costIn(operation.selectionSet.selections)
}

/** The operation a request runs: the named one, or the only one. */
export const selectedOperation = (document: DocumentNode, operationName?: string | null) => {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
  if (operationName) return operations.find((operation) => operation.name?.value === operationName)
  return operations.length === 1 ? operations[0] : undefined
}
