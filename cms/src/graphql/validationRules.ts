import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens'
import { type ArgumentNode, type ASTVisitor, type ExecutionArgs, GraphQLError, type ValidationContext, type ValidationRule, type ValueNode } from 'graphql'

import { env } from '../env'
import { changesArguments } from '../sync/graphql'
import { isServedLimit, limitRefused } from '../hooks/capListSize'
import { argumentValue, operationCost } from './cost'
import { graphqlLimits } from './limits'

const exposeLimits = () => !env.production

/** An error as it was, with a code for machines and, when it met one, the name of the limit. */
export const withCode = (error: GraphQLError, code: string, limit?: string) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code, ...(limit ? { limit } : {}) },
  })

/** A rule whose errors all carry `code` (and `limit`): graphql-armor's rules report none. */
const coded =
  (rule: ValidationRule, code: string, limit?: string): ValidationRule =>
  (context) => {
    const reporting = Object.create(context) as ValidationContext
    reporting.reportError = (error: GraphQLError) => context.reportError(withCode(error, code, limit))
    return rule(reporting)
  }
const refused = (what: string) => `Query refused: ${what} than this API allows.`

/** graphql-armor's token counter is a parser; re-lex the document's source with it. */
const maxTokensRule =
  (n: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      const source = node.loc?.source
      if (!source) return
      try {
        const parser = new MaxTokensParserWLexer(source, {
          n,
          exposeLimits: exposeLimits(),
          errorMessage: refused('more tokens'),
        })
        parser.parseDocument()
      } catch (error) {
        context.reportError(error instanceof GraphQLError ? error : new GraphQLError(refused('more tokens')))
      }
    },
  })

/** A check of one argument of a field, given its value (variables and their defaults resolved). */
export type ArgumentCheck = (field: string, argument: ArgumentNode, value: unknown) => GraphQLError | undefined

/** Runs each check on every field argument of the operation, before anything runs. */
const argumentsRule =
  (variables: Record<string, unknown> | undefined, checks: ArgumentCheck[]): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const defaults = new Map<string, ValueNode>()
    return {
      VariableDefinition(node) {
        if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue)
      },
      Field(field) {
        for (const argument of field.arguments ?? []) {
          const value = argumentValue(argument.value, variables, defaults)
          for (const check of checks) {
            const error = check(field.name.value, argument, value)
            if (error) context.reportError(error)
          }
        }
      },
    }
  }

/**
 * Refuses an out-of-range `limit` or a `page` below 1, with the argument's place in the query. The
 * operation itself checks `limit` again (hooks/capListSize.ts), for REST and anything a document
 * cannot show.
 */
const listArguments: ArgumentCheck = (_field, node, value) => {
  if (typeof value !== 'number') return undefined
  const name = node.name.value
  if (name === 'limit' && !isServedLimit(value))
    return new GraphQLError(limitRefused(value), { nodes: [node], extensions: { code: 'BAD_USER_INPUT', argument: 'limit', limit: 'maxLimit' } })
  if (name === 'page' && value < 1)
    return new GraphQLError(`page must be 1 or more (got ${value}).`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', argument: 'page' } })
}

/** Refuses an operation that costs more than one request may (see cost.ts for what a point is). */
const maxCostRule =
  (max: number, variables: Record<string, unknown> | undefined): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const cost = operationCost(context.getDocument(), node, variables ?? {})
      if (cost <= max) return
      const message = exposeLimits() ? `Query refused: it costs ${cost} points and one request may cost ${max}.` : refused('costlier')
      context.reportError(new GraphQLError(message, { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY', limit: 'maxCost' } }))
    },
  })

// Report through the validation context (a 400 with a clear message) instead of throwing (a 500).
const armorOptions = () => ({
  exposeLimits: exposeLimits(),
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
})

/**
 * Rules whose verdict depends on the document alone: checked once per distinct query text (see
 * handler.ts), with graphql-js's own rules.
 */
export const documentValidationRules = (): ValidationRule[] => [
  coded(maxDepthRule({ n: graphqlLimits.maxDepth, flattenFragments: true, errorMessage: refused('deeper'), ...armorOptions() }), 'DEPTH_LIMIT', 'maxDepth'),
  coded(maxAliasesRule({ n: graphqlLimits.maxAliases, errorMessage: refused('more aliases'), ...armorOptions() }), 'ALIAS_LIMIT', 'maxAliases'),
  coded(maxTokensRule(graphqlLimits.maxTokens), 'TOKEN_LIMIT', 'maxTokens'),
]

/** Rules that read the request's variables (a `limit`, the size of a `where`): checked on every request. */
export const validationRules = (args: ExecutionArgs): ValidationRule[] => [
  maxCostRule(graphqlLimits.maxCost, args.variableValues ?? undefined),
  argumentsRule(args.variableValues ?? undefined, [listArguments, changesArguments]),
]

/**
 * The code of an error a rule reported without one: Payload's two per-request rules (its complexity
 * estimate, and no introspection in production) and graphql-js's own (a field that does not exist, a
 * wrong argument type...).
 */
export const withValidationCode = (error: GraphQLError) => {
  if (error.extensions.code) return error
  if (error.message.startsWith('GraphQL introspection')) return withCode(error, 'INTROSPECTION_DISABLED')
  if (/complexity/i.test(error.message)) return withCode(error, 'COMPLEXITY_LIMIT', 'maxComplexity')
  return withCode(error, 'GRAPHQL_VALIDATION_FAILED')
}
