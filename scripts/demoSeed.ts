import type { Payload } from 'payload'

import type { SeedReport } from '../src/lib/seed'

/**
 * Seeds (or completes) the demo data in the database `DATABASE_URL` names, through a Payload
 * instance of its own (closed afterwards). Imports the config lazily: callers set the database
 * first. Never throws: a failure is logged plainly and the caller goes on (the app still starts).
 * `renderNow` also runs the jobs queue until it is empty (`npm run seed`), so the demo video is
 * finished before it returns; `npm run dev` leaves that to the app's own queue.
 */
export async function runDemoSeed(
  options: { renderNow?: boolean } = {},
): Promise<SeedReport | null> {
  let payload: Payload | undefined
  try {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    const { seedDemo } = await import('../src/lib/seed')
    payload = await getPayload({ config, cron: false })
    const report = await seedDemo(payload)
    if (report.failed.length) {
      payload.logger.error(
        `Demo data incomplete — ${report.failed.map((f) => `${f.part}: ${f.error}`).join('; ')}. Run \`npm run seed\` to try again.`,
      )
    } else if (!report.skipped) {
      payload.logger.info('Demo data complete.')
    }
    if (options.renderNow) {
      const { runQueue } = await import('../src/lib/jobs/runQueue')
      payload.logger.info('Running the jobs queue until it is empty (the demo video renders now)…')
      await runQueue(payload, { concurrency: 1, idleMs: 0, untilEmpty: true })
    }
    return report
  } catch (error) {
    console.error(
      `Demo data could not be seeded: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThe app starts anyway; run \`npm run seed\` to try again.`,
    )
    return null
  } finally {
    if (payload) {
      const { closePayload } = await import('../src/lib/db/closePayload')
      await closePayload(payload).catch(() => {})
    }
  }
}
