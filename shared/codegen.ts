import type { CodegenConfig } from '@graphql-codegen/cli'

/** Typed documents for the site, generated from the committed schema and the .graphql files here. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'graphql/*.graphql',
  generates: {
    [process.env.CODEGEN_OUTPUT ?? 'graphql/generated.ts']: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        skipTypename: false,
        scalars: { DateTime: 'string', JSON: 'unknown', EmailAddress: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
}

export default config
