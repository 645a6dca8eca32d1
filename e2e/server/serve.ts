/**
 * `npx tsx e2e/server/serve.ts`: the e2e server (build, database, seed, app, worker) without
 * the tests, to click through the product as the specs see it. Ctrl-C stops everything.
 */
import globalSetup from './globalSetup'
import { e2ePorts } from './settings'

const teardown = await globalSetup()
console.log(`[e2e] serving http://localhost:${e2ePorts.app} — Ctrl-C to stop`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await teardown()
    process.exit(0)
  })
}
