/**
 * Seeds the demo data into the database `DATABASE_URL` names, through a Payload instance of
 * its own (closed afterwards). Imports the config lazily: callers set the database first.
 */
export async function runDemoSeed(): Promise<boolean> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../../payload.config')
  const { seedDemo } = await import('./index')
  const { demoSeeds } = await import('./plugins')
  const { closePayload } = await import('../db/closePayload')
  const payload = await getPayload({ config, cron: false })
  try {
    const seeded = await seedDemo(payload, demoSeeds)
    payload.logger.info(seeded ? 'Seeded demo data.' : 'Demo data already present; nothing to do.')
    return seeded
  } finally {
    await closePayload(payload)
  }
}
