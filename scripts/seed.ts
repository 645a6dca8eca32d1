/** `npm run seed`: demo data (idempotent), on `DATABASE_URL` or the embedded development database. */
import { ensureDatabase } from '../src/lib/db/ensureDatabase'

const db = await ensureDatabase()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seedDemo } = await import('../src/lib/seed')
const { demoSeeds } = await import('../src/lib/seed/plugins')
const { closePayload } = await import('../src/lib/db/closePayload')

const payload = await getPayload({ config, cron: false })
const seeded = await seedDemo(payload, demoSeeds)
payload.logger.info(seeded ? 'Seeded demo data.' : 'Demo data already present; nothing to do.')
await closePayload(payload)
await db.stop()
process.exit(0)
