/**
 * Seeds the demo data into the database `DATABASE_URL` names, through a Payload instance of
 * its own (closed afterwards). Imports the config lazily: callers set the database first.
 */
export async function runDemoSeed(): Promise<boolean> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seedDemo } = await import('../src/lib/seed')
  const { closePayload } = await import('../src/lib/db/closePayload')
  const payload = await getPayload({ config, cron: false })
  try {
    const seeded = await seedDemo(payload)
    payload.logger.info(seeded ? 'Seeded demo data.' : 'Demo data already present; nothing to do.')
    return seeded
  } finally {
    await closePayload(payload)
  }
}
