import { defineConfig } from '@playwright/test'

import { artifactsDir, e2ePorts } from './server/settings'

/**
 * Browser tests against a production build, in Debian's Chromium (Playwright cannot download
 * browsers here). One server for the run (e2e/server/globalSetup.ts); specs run one at a time on
 * the 2-core machine and share it.
 */
export default defineConfig({
  testDir: './specs',
  globalSetup: './server/globalSetup.ts',
  outputDir: `${artifactsDir}/test-results`,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${e2ePorts.app}`,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
})
