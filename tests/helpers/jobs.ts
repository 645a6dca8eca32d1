import { payload } from './fixtures'

/** Runs queued jobs until none are left, as the worker does in production. */
export async function drainJobs() {
  for (let round = 0; round < 10; round++) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false }, hasError: { not_equals: true } },
    })
    if (totalDocs === 0) return
    await payload.jobs.run({ limit: 50 })
  }
}
