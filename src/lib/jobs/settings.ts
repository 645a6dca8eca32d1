import { settings } from '../settings'

/** How many jobs run at once (each one mostly waits on a provider): the app's queue and each worker. */
export const providerConcurrency = () => settings().PROVIDER_CONCURRENCY

/** Retries of every generation task: a provider's hiccup is retried with backoff, then the step fails with its reason. */
export const taskRetries = { attempts: 3, backoff: { type: 'exponential' as const, delay: 2000 } }

/*
 * Tasks call the Local API without the job's `req`: the queue runs several jobs at once with a
 * shared request, and an upload's file rides on `req.file`. Each write is its own operation.
 */
