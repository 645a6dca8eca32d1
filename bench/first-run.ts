/**
 * First run and build, on a fresh clone of this checkout's last commit (dependencies hard-linked
 * from this checkout's node_modules, as `npm install` would lay them):
 * - seconds from `npm run dev` to `/admin` answering 200 (embedded Postgres created, schema
 *   pushed, demo data seeded, the admin compiled on first request);
 * - `npm run build` (next build) seconds;
 * - each frontend page's first-load JavaScript (what a first visit downloads, gzip-compressed).
 * Leaves the built clone for bench/api.ts when BENCH_KEEP_CLONE names a file to write its path to.
 *   npx tsx bench/first-run.ts
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { firstLoadJs } from './lib/firstLoadJs'
import { load1, record } from './lib/report'

const root = path.resolve(import.meta.dirname, '..')
const DEV_PORT = 4141
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-first-run-'))
// Run as root, the embedded Postgres runs as a `postgres` user: it must reach the clone.
fs.chmodSync(work, 0o755)
const clone = path.join(work, 'reelsmith')
execFileSync('git', ['clone', '--quiet', root, clone])
execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(clone, 'node_modules')])
// The clone's own embedded Postgres (under its .data/) on a port of this bench's range.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  EMBEDDED_POSTGRES_PORT: '4142',
  NEXT_TELEMETRY_DISABLED: '1',
}
delete env.DATABASE_URL

console.log(`npm run dev on a fresh clone (${clone})…`)
const devLoad = load1()
const started = performance.now()
// Its own process group, so stopping it stops next dev and the database with it.
const dev = spawn('npm', ['run', 'dev', '--', '-p', String(DEV_PORT)], {
  cwd: clone,
  env,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
})
let devOutput = ''
dev.stdout!.on('data', (chunk: Buffer) => (devOutput += chunk))
dev.stderr!.on('data', (chunk: Buffer) => (devOutput += chunk))
let status = 0
while (status !== 200) {
  if (dev.exitCode !== null) throw new Error(`npm run dev exited:\n${devOutput}`)
  if ((performance.now() - started) / 1000 > 600)
    throw new Error(`/admin did not answer 200 in 10 minutes:\n${devOutput}`)
  status = await fetch(`http://127.0.0.1:${DEV_PORT}/admin`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(120_000),
  }).then(
    (r) => r.status,
    () => 0,
  )
  // /admin redirects to the login page when nobody is signed in: that page must answer 200 too.
  if (status >= 300 && status < 400)
    status = await fetch(`http://127.0.0.1:${DEV_PORT}/admin/login`, {
      signal: AbortSignal.timeout(120_000),
    }).then(
      (r) => r.status,
      () => 0,
    )
  if (status !== 200) await sleep(250)
}
const devSeconds = (performance.now() - started) / 1000
process.kill(-dev.pid!, 'SIGTERM')
await new Promise((resolve) => (dev.exitCode === null ? dev.once('exit', resolve) : resolve(null)))
console.log(`/admin answered 200 after ${devSeconds.toFixed(1)} s`)

console.log('npm run build…')
const buildLoad = load1()
const buildStarted = performance.now()
const buildLog = execFileSync('npm', ['run', 'build'], {
  cwd: clone,
  env,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  maxBuffer: 64 * 1024 * 1024,
})
const buildSeconds = (performance.now() - buildStarted) / 1000
console.log(`next build: ${buildSeconds.toFixed(1)} s`)
void buildLog

const pages = firstLoadJs(clone)
console.table(
  pages.map((p) => ({
    page: p.route,
    'first-load JS (kB gzip)': p.gzipKb.toFixed(1),
    'raw (kB)': p.rawKb.toFixed(0),
    files: p.files,
  })),
)

record(
  {
    bench: 'first-run',
    name: '`npm run dev` on a fresh clone → /admin 200',
    value: Number(devSeconds.toFixed(1)),
    unit: 's',
    note: `embedded Postgres created, schema pushed, demo seeded, admin compiled; load ${devLoad}`,
  },
  {
    bench: 'first-run',
    name: '`npm run build` (next build, Turbopack)',
    value: Number(buildSeconds.toFixed(1)),
    unit: 's',
    note: `load ${buildLoad}`,
  },
  ...pages.map((p) => ({
    bench: 'first-run',
    name: `first-load JS ${p.route}`,
    value: Number(p.gzipKb.toFixed(1)),
    unit: 'kB gzip',
    note: `${p.rawKb.toFixed(0)} kB raw in ${p.files} files`,
  })),
)

if (process.env.BENCH_KEEP_CLONE) fs.writeFileSync(process.env.BENCH_KEEP_CLONE, clone)
else fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
