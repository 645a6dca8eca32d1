import type { Payload } from 'payload'

export type RunQueueOptions = {
  /** Jobs running at once; each slot takes the next job as soon as its own is done. */
  concurrency: number
  /** Pause of an idle slot before it looks again. */
  idleMs: number
  /** Checked between jobs: the current jobs finish, no new one starts. */
  shouldStop?: () => boolean
  /** Return once no job is ready instead of waiting for more (benchmarks, seeding). */
  untilEmpty?: boolean
}

/**
 * Runs the jobs queue with `concurrency` independent slots. `payload.jobs.run({ limit: C })`
 * runs batches that wait for their slowest job before the next claim; slots keep every
 * provider request in flight. Claims stay one job per worker (plugins/job-claims).
 */
export async function runQueue(payload: Payload, options: RunQueueOptions) {
  const stop = options.shouldStop ?? (() => false)
  const slot = async () => {
    while (!stop()) {
      let idle = true
      try {
        idle = Boolean((await payload.jobs.run({ limit: 1 })).noJobsRemaining)
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Jobs run failed' })
      }
      if (idle) {
        if (options.untilEmpty) return
        await new Promise((resolve) => setTimeout(resolve, options.idleMs))
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, slot))
}
