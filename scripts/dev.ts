/**
 * `npm run dev`: the embedded Postgres (unless `DATABASE_URL` is set), demo data on an empty
 * database, then `next dev`. Stopping it stops the database too.
 */
import { spawn } from 'node:child_process'

import { ensureDatabase } from '../src/lib/db/ensureDatabase'

const db = await ensureDatabase()
{
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seedDemo } = await import('../src/lib/seed')
  const { demoSeeds } = await import('../src/lib/seed/plugins')
  const { closePayload } = await import('../src/lib/db/closePayload')
  const payload = await getPayload({ config, cron: false })
  if (process.env.SEED_DEMO !== 'false') await seedDemo(payload, demoSeeds)
  await closePayload(payload)
}

const child = spawn('next', ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
const stop = async (code: number) => {
  await db.stop().catch(() => {})
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => void stop(code ?? 0))
