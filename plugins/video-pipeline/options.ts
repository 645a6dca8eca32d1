import { providerConcurrency } from '../../src/lib/jobs/settings'

export type VideoPipelineOptions = {
  /** How often the app runs the jobs queue itself (cron with seconds); `npm run worker` replaces it in production. */
  queueCron: string
  /** Jobs the app's own queue runs at once. */
  concurrency: number
}

export const defaultVideoPipelineOptions = (): VideoPipelineOptions => ({
  queueCron: '*/5 * * * * *',
  concurrency: providerConcurrency(),
})
