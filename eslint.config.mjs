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
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Environment variables are read in one place, src/lib/settings (validated with zod at startup).
    files: [
      'src/**/*.{ts,tsx}',
      'plugins/**/*.ts',
      'collections/**/*.ts',
      'hooks/**/*.ts',
      'endpoints/**/*.ts',
      'fields/**/*.ts',
      'payload.config.ts',
    ],
    ignores: ['src/lib/settings/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'Read environment variables through settings() (src/lib/settings), which validates them.',
        },
      ],
    },
  },
)
