import { defineConfig } from '@playwright/test'

import base from './playwright.config'

/**
 * The specs against a server `npx tsx e2e/server/serve.ts` already runs (same E2E_PORT_BASE):
 * no build, no fresh database — for working on one spec. CI uses playwright.config.ts.
 */
export default defineConfig({ ...base, globalSetup: undefined })
