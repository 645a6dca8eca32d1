import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { settings } from '../../src/lib/settings'

import { guardClaims } from './guardClaims'

export type JobClaimsOptions = {
  /** How long a claimed job stays with its worker without a heartbeat (default `JOBS_LEASE_MS` or 60 s). */
  leaseMs?: number
  /** Lost workers a job may survive before it fails instead of being queued again (default 3). */
  maxReleases?: number
}

const leaseFields: Field[] = [
  { name: 'leaseExpiresAt', type: 'date', admin: { hidden: true, readOnly: true } },
  { name: 'leaseOwner', type: 'text', admin: { hidden: true, readOnly: true } },
  // How many times the job's worker died under it (see `releaseExpiredLeases`).
  {
    name: 'leaseReleases',
    type: 'number',
    defaultValue: 0,
    admin: { hidden: true, readOnly: true },
  },
]

/**
 * Several job workers on one database: a job is claimed by one worker only, and a job whose
 * worker died is run again once its lease expires. Compose after the plugins that add tasks.
 */
export const jobClaimsPlugin =
  (options: JobClaimsOptions = {}): Plugin =>
  (config: Config): Config => {
    if (!config.jobs?.tasks?.length && !config.jobs?.workflows?.length) return config
    // With hooks or depth, Payload claims through `payload.update`, past the guarded adapter method.
    if (config.jobs.runHooks || config.jobs.depth)
      throw new Error('jobClaimsPlugin needs jobs.runHooks and jobs.depth unset.')
    const leaseMs = options.leaseMs ?? settings().JOBS_LEASE_MS
    const overrides = config.jobs.jobsCollectionOverrides
    return {
      ...config,
      jobs: {
        ...config.jobs,
        jobsCollectionOverrides: ({ defaultJobsCollection }): CollectionConfig => {
          const collection = overrides
            ? overrides({ defaultJobsCollection })
            : defaultJobsCollection
          return { ...collection, fields: [...collection.fields, ...leaseFields] }
        },
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        guardClaims(payload, leaseMs, options.maxReleases ?? 3)
      },
    }
  }
