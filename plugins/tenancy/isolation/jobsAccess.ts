import { timingSafeEqual } from 'node:crypto'
import type { CollectionConfig, Config, Endpoint, PayloadRequest } from 'payload'

import { isPlatformOperator } from '../../../src/lib/access'
import { settings } from '../../../src/lib/settings'

/**
 * The jobs queue is the platform's, not a tenant's: running it spends every company's provider
 * budget. Only the worker (Local API), the platform operator, or a caller presenting
 * `Authorization: Bearer $CRON_SECRET` may run, queue or cancel jobs over HTTP
 * (Payload's default is any signed-in user).
 */
export function withPrivateJobsQueue(config: Config): Config {
  if (!config.jobs) return config
  const overrides = config.jobs.jobsCollectionOverrides
  return {
    ...config,
    jobs: {
      ...config.jobs,
      access: { run: mayRunJobs, queue: mayRunJobs, cancel: mayRunJobs },
      jobsCollectionOverrides: ({ defaultJobsCollection }): CollectionConfig => {
        const collection = overrides ? overrides({ defaultJobsCollection }) : defaultJobsCollection
        const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
        return {
          ...collection,
          endpoints: endpoints.map((endpoint) =>
            endpoint.path === '/handle-schedules' ? nothingToSchedule(endpoint) : endpoint,
          ),
        }
      },
    },
  }
}

export function mayRunJobs({ req }: { req: PayloadRequest }): boolean {
  if (isPlatformOperator(req.user)) return true
  const secret = settings().CRON_SECRET
  const presented = req.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1]
  if (!secret || !presented) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Payload answers 500 when no task has a schedule; "nothing to schedule" is not a server error. */
const nothingToSchedule = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    if (!mayRunJobs({ req }))
      return Response.json(
        { errors: [{ message: 'You are not allowed to run the jobs queue.' }] },
        { status: 401 },
      )
    if (!req.payload.config.jobs.scheduling) {
      return Response.json({
        message: 'No task or workflow has a schedule: nothing to queue.',
        queued: 0,
        errored: 0,
        skipped: 0,
      })
    }
    return endpoint.handler(req)
  },
})
