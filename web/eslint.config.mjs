// ESLint for the site: Nuxt's preset (Vue, TypeScript, Nuxt's auto-imports). Formatting is Prettier's.
import { createConfigForNuxt } from '@nuxt/eslint-config/flat'
import prettier from 'eslint-config-prettier'

export default createConfigForNuxt({ features: { typescript: true } })
  .append({ ignores: ['.nuxt/**', '.output/**', '.data/**', 'test/screenshots/**'] })
  .append({
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Components are named for what they are (Hero, Form, Awards), as the blocks they render are.
      'vue/multi-word-component-names': 'off',
    },
  })
  .append({ files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } })
  .append(prettier)
