import { beforeAll, describe, expect, it } from 'vitest'

import { firstOf, newTally, runProbes, timings } from './support/probes'
import { restProbes } from './support/restProbes'
import { reportSecurity } from './support/summary'
import { buildSecurityWorld, type SecurityWorld } from './support/world'

let w: SecurityWorld
const tally = newTally()

beforeAll(async () => {
  w = await buildSecurityWorld()
})

describe('tenant isolation over REST, generated from the policy table', () => {
  it('every collection route answers each persona as the table says', async () => {
    const probes = await restProbes(w)
    const started = Date.now()
    await runProbes(w, probes, tally)
    console.log(`${probes.length} probes in ${Date.now() - started} ms`, [...timings].sort((x, y) => y[1] - x[1]).slice(0, 25).map(([k, v]) => `${k}: ${Math.round(v)}`).join('\n'))
    expect(tally.leaks, firstOf(tally.leaks)).toEqual([])
    expect(tally.serverErrors, firstOf(tally.serverErrors)).toEqual([])
    expect(tally.failures, firstOf(tally.failures, 80)).toEqual([])
  })

  it('reports', (context) => {
    reportSecurity(context, 'isolation: REST', { probes: tally.probes, leaks: tally.leaks.length, serverErrors: tally.serverErrors.length })
  })
})
