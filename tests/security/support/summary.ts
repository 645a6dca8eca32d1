import { expect, type TestContext } from 'vitest'

/** The columns of the suite's summary table (README, issue 13); every "bad" one must stay 0. */
export type SecurityCounts = {
  probes?: number
  leaks?: number
  badInputs?: number
  serverErrors?: number
  partialWrites?: number
  faultsInjected?: number
  lostWork?: number
  duplicateRuns?: number
  concurrentClients?: number
  lostUpdates?: number
}

export const badColumns = [
  'leaks',
  'serverErrors',
  'partialWrites',
  'lostWork',
  'duplicateRuns',
  'lostUpdates',
] as const

declare module 'vitest' {
  interface TaskMeta {
    security?: { area: string; counts: SecurityCounts }
  }
}

/**
 * Hands a test file's counts to the summary reporter (tests/security/summaryReporter.ts), which
 * prints one table for the run, and fails the test when a bad column is not 0.
 */
export function reportSecurity(context: TestContext, area: string, counts: SecurityCounts) {
  context.task.meta.security = { area, counts }
  for (const column of badColumns) expect(counts[column] ?? 0, `${area}: ${column}`).toBe(0)
}
