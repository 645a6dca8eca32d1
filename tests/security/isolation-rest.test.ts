import { beforeAll, describe, expect, it } from 'vitest'

import { freshDocuments } from './support/fresh'
import { plantCrossCompanyReferences, plantedProbes } from './support/planted'
import { firstOf, newTally, type Probe, runProbes } from './support/probes'
import { hiddenFieldOracleProbes, selectProbes, whereProbes } from './support/queryProbes'
import { allowedDeleteProbes, restProbes } from './support/restProbes'
import { reportSecurity } from './support/summary'
import { buildSecurityWorld, type SecurityWorld } from './support/world'

/**
 * Tenant isolation over REST, generated from the policy table (tests/security/policy.ts): every
 * collection route of the built config as each of the seven personas, at depth 0–3; `where`
 * filters naming the other company's documents in every relationship field; `select` and
 * `populate`; hidden fields as filters. One Payload instance, probes run 8 at a time.
 */

let w: SecurityWorld
const tally = newTally()

beforeAll(async () => {
  w = await buildSecurityWorld()
})

function expectClean() {
  expect(tally.leaks, firstOf(tally.leaks)).toEqual([])
  expect(tally.serverErrors, firstOf(tally.serverErrors)).toEqual([])
  expect(tally.failures, firstOf(tally.failures, 60)).toEqual([])
}

// Thousands of requests: generous on a loaded machine, still bounded.
describe(
  'tenant isolation over REST, generated from the policy table',
  { timeout: 300_000 },
  () => {
    it('every collection route answers each persona as the table says', async () => {
      await runProbes(w, await restProbes(w), tally)
      expectClean()
    })

    it('allowed deletes remove exactly the document (by id and in bulk)', async () => {
      const batches = await allowedDeleteProbes(w, (persona) => freshDocuments(w, persona))
      // One batch per fresh set of documents, in order (children first); the batches side by side.
      await Promise.all(
        batches.map((batch: Probe[]) => runProbes(w, batch, tally, { concurrency: 1 })),
      )
      expectClean()
    })

    it('where filters naming the other company’s documents, select and populate reveal nothing', async () => {
      await runProbes(
        w,
        [...whereProbes(w), ...selectProbes(w), ...(await hiddenFieldOracleProbes(w))],
        tally,
      )
      expectClean()
    })

    it('references to another company’s documents (planted past every check) populate, join and filter nothing of it', async () => {
      const planted = await plantCrossCompanyReferences(w)
      // The ids B's own rows store are B's to see; nothing else of A's.
      const exempt = planted.storedIds
      w.secrets = w.secrets.filter((secret) => !exempt.includes(secret.id))
      await runProbes(w, plantedProbes(w, planted), tally, { concurrency: 2 })
      expectClean()
    })

    it('reports', (context) => {
      reportSecurity(context, 'isolation: REST', {
        probes: tally.probes,
        leaks: tally.leaks.length,
        serverErrors: tally.serverErrors.length,
      })
    })
  },
)
