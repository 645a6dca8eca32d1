/**
 * `npm run dev`: the embedded Postgres (unless `DATABASE_URL` is set), demo data on an empty
 * database, then `next dev`. Stopping it stops the database too.
 */
import { spawn } from 'node:child_process'

import { ensureDatabase } from '../src/lib/db/ensureDatabase'
import { reportMediaBinaries } from '../src/lib/media/checkBinaries'
import { runDemoSeed } from './demoSeed'

const [db] = await Promise.all([ensureDatabase(), reportMediaBinaries()])
if (process.env.SEED_DEMO !== 'false') await runDemoSeed()

const child = spawn('next', ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
const stop = async (code: number) => {
  await db.stop().catch(() => {})
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => void stop(code ?? 0))
