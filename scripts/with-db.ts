/**
 * Runs a command (`next build`, `payload …`) with `DATABASE_URL` set, starting the embedded
 * development Postgres first when the environment names no database.
 */
import { spawn } from 'node:child_process'

import { ensureDatabase } from '../src/lib/db/ensureDatabase'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: with-db <command> [args…]')
  process.exit(2)
}

const db = await ensureDatabase()
const child = spawn(command, args, { stdio: 'inherit', env: process.env, shell: false })
const stop = async (code: number) => {
  await db.stop().catch(() => {})
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => void stop(code ?? 1))
