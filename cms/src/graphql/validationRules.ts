import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens'
import { type ASTVisitor, type ExecutionArgs, GraphQLError, type ValidationContext, type ValidationRule, type ValueNode } from 'graphql'

import { env } from '../env'
import { isServedLimit, limitRefused } from '../hooks/capListSize'
import { intValue, operationCost } from './cost'
import { graphqlLimits } from './limits'

const exposeLimits = () => !env.production
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

/**
 * Refuses an out-of-range `limit` before anything runs, with the argument's place in the query. The
 * operation itself checks again (hooks/capListSize.ts), for REST and anything a document cannot show.
 */
const maxLimitRule =
  (variables: Record<string, unknown> | undefined): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const defaults = new Map<string, ValueNode>()
    return {
      VariableDefinition(node) {
        if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue)
      },
      Argument(node) {
        if (node.name.value !== 'limit') return
        const value = intValue(node.value, variables, defaults)
        if (typeof value === 'number' && !isServedLimit(value)) context.reportError(new GraphQLError(limitRefused(value), { nodes: [node] }))
      },
    }
  }

/** Refuses an operation that costs more than one request may (see cost.ts for what a point is). */
const maxCostRule =
  (max: number, variables: Record<string, unknown> | undefined): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const cost = operationCost(context.getDocument(), node, variables ?? {})
      if (cost <= max) return
      const message = exposeLimits() ? `Query refused: it costs ${cost} points and one request may cost ${max}.` : refused('costlier')
      context.reportError(new GraphQLError(message, { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY' } }))
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
  maxDepthRule({ n: graphqlLimits.maxDepth, flattenFragments: true, errorMessage: refused('deeper'), ...armorOptions() }),
  maxAliasesRule({ n: graphqlLimits.maxAliases, errorMessage: refused('more aliases'), ...armorOptions() }),
  maxTokensRule(graphqlLimits.maxTokens),
]

/** Rules that read the request's variables (a `limit`, the size of a `where`): checked on every request. */
export const validationRules = (args: ExecutionArgs): ValidationRule[] => [
  maxCostRule(graphqlLimits.maxCost, args.variableValues ?? undefined),
  maxLimitRule(args.variableValues ?? undefined),
]
