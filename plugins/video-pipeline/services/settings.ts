import { formatFor } from '../../../src/lib/media/format'

/** Render settings of the pipeline (small in tests: `RENDER_HEIGHT=180`). */
export const renderFormat = (aspectRatio: string) =>
  formatFor(aspectRatio || '16:9', Number(process.env.RENDER_HEIGHT || 720), Number(process.env.RENDER_FPS || 24))

/** How many scenes are generated at once (provider concurrency). */
export const providerConcurrency = () => Number(process.env.PROVIDER_CONCURRENCY || 3)

export const taskRetries = { attempts: 3, backoff: { type: 'exponential' as const, delay: 2000 } }

/*
 * Tasks call the Local API without the job's `req`: the queue runs several jobs at once with a
 * shared request, and an upload's file rides on `req.file`. Each write is its own operation.
 */
