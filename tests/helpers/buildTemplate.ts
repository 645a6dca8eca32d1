/**
 * Builds the test template database in a process of its own (run by globalSetup with `tsx`):
 * Payload's schema push into `DATABASE_URL` for the config at `argv[2]`. Node's own module loader
 * runs it, so a stalled import cannot stall the whole test run: globalSetup bounds this process.
 */
import { pathToFileURL } from 'node:url'
import { getPayload, type SanitizedConfig } from 'payload'

import { closePayload } from '../../src/lib/db/closePayload'

// globalSetup.ts looks for this line (importing this script would run it).
const TEMPLATE_BUILT = 'Test template database built.'

const configPath = process.argv[2]
if (!configPath) throw new Error('usage: buildTemplate.ts <payload config>')
const { default: config } = (await import(pathToFileURL(configPath).href)) as {
  default: Promise<SanitizedConfig>
}
const payload = await getPayload({ config, cron: false })
await closePayload(payload)
// globalSetup trusts this line, not the exit code (a start that ends without a word exits 0).
console.log(TEMPLATE_BUILT)
process.exit(0)
