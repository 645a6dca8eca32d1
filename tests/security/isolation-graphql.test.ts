import { beforeAll, describe, expect, it } from 'vitest'

import { graphqlProbes } from './support/graphqlProbes'
import { firstOf, newTally, runProbes } from './support/probes'
import { reportSecurity } from './support/summary'
import { buildSecurityWorld, type SecurityWorld } from './support/world'

/**
 * Tenant isolation over GraphQL, generated from the policy table: every collection's list, by-id
 * (with its relationships and joins nested two levels), count, versions, and its create, update
 * and delete mutations, as each of the seven personas.
 */

let w: SecurityWorld
const tally = newTally()

beforeAll(async () => {
  w = await buildSecurityWorld({ documentsOfB: false })
  // Builds the schema once before the probes run side by side.
  await w.personas.adminA.api.graphql('{ __typename }')
})

// Thousands of requests: generous on a loaded machine, still bounded.
describe(
  'tenant isolation over GraphQL, generated from the policy table',
  { timeout: 300_000 },
  () => {
    it('queries, nested relationships and mutations answer each persona as the table says', async () => {
      await runProbes(w, graphqlProbes(w), tally)
      expect(tally.leaks, firstOf(tally.leaks)).toEqual([])
      expect(tally.serverErrors, firstOf(tally.serverErrors)).toEqual([])
      expect(tally.failures, firstOf(tally.failures, 60)).toEqual([])
    })

    it('reports', (context) => {
      reportSecurity(context, 'isolation: GraphQL', {
        probes: tally.probes,
        leaks: tally.leaks.length,
        serverErrors: tally.serverErrors.length,
      })
    })
  },
)
