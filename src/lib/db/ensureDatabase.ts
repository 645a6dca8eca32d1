import path from 'node:path'

import { settings } from '../settings'
import { startEmbeddedPostgres } from './embeddedPostgres'

/**
 * Uses `DATABASE_URL` when set; otherwise starts the development cluster under `.data/postgres`
 * (created on first use) and points `DATABASE_URL` at it.
 */
export async function ensureDatabase(
  root = process.cwd(),
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { DATABASE_URL, EMBEDDED_POSTGRES_PORT } = settings()
  if (DATABASE_URL) return { url: DATABASE_URL, stop: async () => {} }
  const db = await startEmbeddedPostgres({
    dataDir: path.join(root, '.data/postgres'),
    port: EMBEDDED_POSTGRES_PORT,
    persistent: true,
  })
  const url = await db.createDatabase('reelsmith')
  // The rest of the process (Payload's config, child processes) finds the database here.
  // eslint-disable-next-line no-restricted-properties -- a write, read back through settings()
  process.env.DATABASE_URL = url
  console.log(`Embedded Postgres ready at ${url.replace(/:[^:@/]+@/, ':***@')}`)
  return { url, stop: db.stop }
}
