import js from '@eslint/js'
import tseslint from 'typescript-eslint'

import { oneWayImports } from './scripts/eslint/oneWayImports.mjs'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.data/',
      'payload-types.ts',
      'src/app/(payload)/**',
      'src/migrations/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { reelsmith: { rules: { 'one-way-imports': oneWayImports } } },
    rules: {
      'reelsmith/one-way-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
)
