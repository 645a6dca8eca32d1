import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'
import { startLlmStub } from './llmStub'
import { artifactsDir, e2ePorts, root } from './settings'

const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

async function waitForHttp(url: string, timeoutMs: number, process: ChildProcess) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (process.exitCode !== null)
      throw new Error(
        `${url}: the server exited with ${process.exitCode} (see ${artifactsDir}/*.log)`,
      )
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/**
 * One production server for the whole run: `next build` (skipped with E2E_SKIP_BUILD=1 when a
 * build of the current code exists), a throwaway embedded Postgres migrated and seeded, the app
 * under `next start` and the jobs worker, with the offline image/clip providers and the local
 * storyboard stub. Logs and screenshots go to e2e/artifacts.
 */
export default async function globalSetup() {
  fs.rmSync(artifactsDir, { recursive: true, force: true })
  fs.mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true })
  const started = Date.now()
  const timing = (what: string) =>
    console.log(`[e2e] ${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`)

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-e2e-'))
  fs.chmodSync(scratch, 0o755)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(scratch, 'postgres'),
    persistent: false,
    port: e2ePorts.postgres,
  })
  const databaseUrl = await db.createDatabase('reelsmith_e2e')
  const llm = await startLlmStub(e2ePorts.llm)
  timing('database and stub ready')

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'reelsmith-e2e-secret',
    PAYLOAD_DB_PUSH: 'false',
    SERVER_URL: `http://localhost:${e2ePorts.app}`,
    MEDIA_DIR: path.join(scratch, 'media'),
    LOG_LEVEL: 'info',
    // A separate worker runs the queue, as in production.
    JOBS_AUTORUN: 'false',
    WORKER_POLL_MS: '300',
    PROVIDER_CONCURRENCY: '3',
    // Small renders: the films are real, just tiny.
    RENDER_HEIGHT: '144',
    RENDER_FPS: '12',
    // Storyboards from the local OpenAI-compatible stub; images and clips from the offline providers.
    OPENROUTER_API_KEY: 'e2e-stub-key',
    LLM_BASE_URL: llm.base,
    REPLICATE_API_TOKEN: '',
    OPENAI_API_KEY: '',
  }

  if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    execFileSync(bin('next'), ['build'], {
      cwd: root,
      env: { ...env, DATABASE_URL: '', NEXT_BUILD_SKIP_TYPECHECK: '1' },
      stdio: 'inherit',
    })
    timing('next build done')
  }
  execFileSync(bin('payload'), ['migrate'], {
    cwd: root,
    env,
    stdio: ['ignore', fs.openSync(path.join(artifactsDir, 'migrate.log'), 'w'), 'inherit'],
  })
  execFileSync(bin('tsx'), ['e2e/server/seed.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', fs.openSync(path.join(artifactsDir, 'seed.log'), 'w'), 'inherit'],
  })
  timing('database migrated and seeded')

  const log = (name: string) => fs.openSync(path.join(artifactsDir, `${name}.log`), 'a')
  const app = spawn(bin('next'), ['start', '-p', String(e2ePorts.app)], {
    cwd: root,
    env,
    stdio: ['ignore', log('app'), log('app')],
  })
  const worker = spawn(bin('tsx'), ['scripts/worker.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', log('worker'), log('worker')],
  })
  await waitForHttp(`http://localhost:${e2ePorts.app}/login`, 60_000, app)
  timing('app serving')

  return async () => {
    for (const child of [app, worker]) child.kill('SIGTERM')
    await Promise.all(
      [app, worker].map(
        (child) =>
          new Promise((resolve) =>
            child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
          ),
      ),
    )
    await llm.close()
    await db.stop()
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}
