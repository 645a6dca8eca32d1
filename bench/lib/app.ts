/**
 * The start every database benchmark shares: a throwaway work directory, an embedded Postgres
 * with one `bench` database, the environment the app reads (set before the config is imported,
 * so its settings see it), and Payload on that database — its schema pushed, or built from the
 * committed migrations as production has it. `stop()` undoes all of it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'

export const BENCH_PASSWORD = 'bench-password'

export async function startBenchApp(
  name: string,
  options: { env?: Record<string, string>; migrate?: boolean } = {},
) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `reelsmith-${name}-bench-`))
  // The server runs as an unprivileged `postgres` user when we are root: it must reach the directory.
  fs.chmodSync(work, 0o755)
  const db = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false })
  const databaseUrl = await db.createDatabase('bench')
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'reelsmith-bench-secret',
    MEDIA_DIR: path.join(work, 'media'),
    LOG_LEVEL: 'warn',
    JOBS_AUTORUN: 'false',
    ...(options.migrate ? { PAYLOAD_DB_PUSH: 'false' } : {}),
    ...options.env,
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { closePayload } = await import('../../src/lib/db/closePayload')
  const payload = await getPayload({ config, cron: false })
  if (options.migrate) {
    const { migrations } = await import('../../src/migrations')
    await payload.db.migrate({ migrations: migrations as never })
  }
  let open = true
  const close = async () => {
    if (open) await closePayload(payload)
    open = false
  }
  return {
    work,
    databaseUrl,
    payload,
    config,
    /** Closes Payload (a benchmark that serves the app from another process closes it early). */
    close,
    async stop() {
      await close()
      await db.stop()
      fs.rmSync(work, { recursive: true, force: true })
    },
  }
}

/** A company (offering TrainAI) with one ADMIN signed in with BENCH_PASSWORD, through the Local API. */
export async function createBenchAdmin(
  payload: Payload,
  { email = 'bench@example.test', companyName = 'Bench' } = {},
) {
  const company = await payload.create({
    collection: 'companies',
    data: { name: companyName, offersTraining: true },
  })
  const user = await payload.create({
    collection: 'users',
    data: { email, password: BENCH_PASSWORD, name: 'Bench', role: 'ADMIN', company: company.id },
  })
  return { company, user, email }
}
