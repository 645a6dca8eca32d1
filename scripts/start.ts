/**
 * `npm start`: production server. Payload applies the committed migrations when it starts
 * (`prodMigrations`); without `DATABASE_URL` the embedded Postgres under `.data/` is used.
 */
import { spawn } from 'node:child_process'

import { ensureDatabase } from '../src/lib/db/ensureDatabase'
import { reportMediaBinaries } from '../src/lib/media/checkBinaries'

Object.assign(process.env, { NODE_ENV: 'production' })
const [db] = await Promise.all([ensureDatabase(), reportMediaBinaries()])
const child = spawn('next', ['start', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
})
const stop = async (code: number) => {
  await db.stop().catch(() => {})
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => void stop(code ?? 0))
