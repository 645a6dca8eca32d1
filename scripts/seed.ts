/** `npm run seed`: demo data (idempotent), on `DATABASE_URL` or the embedded development database. */
import { ensureDatabase } from '../src/lib/db/ensureDatabase'
import { runDemoSeed } from './demoSeed'

const db = await ensureDatabase()
await runDemoSeed()
await db.stop()
process.exit(0)
