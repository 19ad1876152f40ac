// ESLint for the CMS, the shared package, the scripts and the benchmarks (the site has its own
// web/eslint.config.mjs, from Nuxt's preset). Formatting is Prettier's: `pnpm format`.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'web/**',
      '**/node_modules/**',
      '**/.next/**',
      '.tools/**',
      '.test-reports/**',
      'cms/src/migrations/**',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/next-env.d.ts',
      'shared/payload-types.ts',
      'shared/graphql/generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests read whatever JSON an endpoint answers.
    files: ['**/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
)
