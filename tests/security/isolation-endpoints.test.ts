import { beforeAll, describe, expect, it } from 'vitest'

import { endpointProbes } from './support/endpointProbes'
import { firstOf, newTally, runProbes } from './support/probes'
import { reportSecurity } from './support/summary'
import { buildSecurityWorld, type SecurityWorld } from './support/world'

/**
 * Every custom endpoint (the seed documents' routes, auth, jobs, preferences) as each persona,
 * from the endpoint policy table (tests/security/endpointPolicy.ts).
 */

let w: SecurityWorld
const tally = newTally()

beforeAll(async () => {
  w = await buildSecurityWorld({ documentsOfB: false })
})

// Thousands of requests: generous on a loaded machine, still bounded.
describe(
  'tenant isolation of the custom endpoints, generated from the policy table',
  { timeout: 300_000 },
  () => {
    it('each endpoint answers each persona as the table says', async () => {
      await runProbes(w, await endpointProbes(w), tally)
      expect(tally.leaks, firstOf(tally.leaks)).toEqual([])
      expect(tally.serverErrors, firstOf(tally.serverErrors)).toEqual([])
      expect(tally.failures, firstOf(tally.failures, 60)).toEqual([])
    })

    it('reports', (context) => {
      reportSecurity(context, 'isolation: endpoints', {
        probes: tally.probes,
        leaks: tally.leaks.length,
        serverErrors: tally.serverErrors.length,
      })
    })
  },
)
