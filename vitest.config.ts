import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') },
  },
  test: {
    include: ['tests/int/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/security/**/*.test.ts'],
    // The security suite's one summary table (tests/security/).
    reporters: ['default', './tests/security/summaryReporter.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    setupFiles: ['tests/helpers/setupDatabase.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Video renders share 2 cores with the other test file running alongside: generous, not unbounded.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: {
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 'reelsmith-test-secret',
      // Each test file gets a copy of a template database built once per run.
      PAYLOAD_DB_PUSH: 'false',
      LOG_LEVEL: 'warn',
      JOBS_AUTORUN: 'false',
      RENDER_HEIGHT: '180',
      RENDER_FPS: '12',
    },
  },
})
