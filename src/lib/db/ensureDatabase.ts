import path from 'node:path'

import { startEmbeddedPostgres } from './embeddedPostgres'

/**
 * Uses `DATABASE_URL` when set; otherwise starts the development cluster under `.data/postgres`
 * (created on first use) and points `DATABASE_URL` at it.
 */
export async function ensureDatabase(root = process.cwd()): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const db = await startEmbeddedPostgres({
    dataDir: path.join(root, '.data/postgres'),
    port: Number(process.env.EMBEDDED_POSTGRES_PORT || 54329),
    persistent: true,
  })
  const url = await db.createDatabase('reelsmith')
  process.env.DATABASE_URL = url
  console.log(`Embedded Postgres ready at ${url.replace(/:[^:@/]+@/, ':***@')}`)
  return { url, stop: db.stop }
}
