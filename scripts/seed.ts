/**
 * `npm run seed`: checks the demo data and completes whatever is missing (a partial demo from an
 * interrupted first start included), then runs the jobs queue until the demo video is rendered.
 * Uses `DATABASE_URL` or the embedded development database. Exits 1 when a part failed.
 */
import { ensureDatabase } from '../src/lib/db/ensureDatabase'
import { runDemoSeed } from './demoSeed'

const db = await ensureDatabase()
const report = await runDemoSeed({ renderNow: true })
await db.stop()
process.exit(report && report.failed.length === 0 ? 0 : 1)
