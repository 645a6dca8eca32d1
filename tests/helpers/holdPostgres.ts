/**
 * Child process for tests/int/embedded-postgres.test.ts: starts the embedded Postgres on the
 * cluster directory given as argument, prints its URL, and stops it on SIGTERM (SIGKILL leaves
 * the server running, as a crashed `npm run dev` does).
 */
import { startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'

const db = await startEmbeddedPostgres({ dataDir: process.argv[2]!, persistent: true })
process.on('SIGTERM', () => void db.stop().then(() => process.exit(0)))
console.log(`ready ${db.url}`)
setInterval(() => {}, 60_000)
