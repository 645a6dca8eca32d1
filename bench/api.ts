/**
 * API at scale: the production server (`next start` on this checkout's build) over a database
 * seeded in bulk, first with 1,000 scenes, then with BENCH_API_SCENES (default 100,000: 50
 * companies, 10,000 projects of which 1,000 training videos, each scene with a selected image and
 * video). Each endpoint is loaded by autocannon at 20 connections; SQL statements per request are
 * counted through the database adapter's logger. A bare `findByID` REST call is the baseline.
 *   npx tsx bench/api.ts                       (builds first when there is no .next build)
 *   BENCH_APP_DIR=/path/to/built/clone …        (serves that checkout's build: npm run bench does)
 *   BENCH_API_SCENES=10000 BENCH_API_SECONDS=3 npx tsx bench/api.ts     (a quicker run)
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'

import { freePort } from '../src/lib/db/embeddedPostgres'
import { BENCH_PASSWORD, startBenchApp } from './lib/app'
import { measureTarget, type LoadResult, type Target } from './lib/load'
import { load1, record } from './lib/report'
import { seedCompanies, seedProjects, tableSizes } from './lib/seedAtScale'

const root = path.resolve(import.meta.dirname, '..')
// The checkout whose production build is served (bench/first-run.ts leaves a built fresh clone).
const appDir = process.env.BENCH_APP_DIR || root
const SCENES = Number(process.env.BENCH_API_SCENES || 100_000)
const SECONDS = Number(process.env.BENCH_API_SECONDS || 5)
const CONNECTIONS = 20
const COMPANIES = 50
const SCENES_PER_PROJECT = 10
const TRAINING_EVERY = 10
const PORT = await freePort()
const base = `http://127.0.0.1:${PORT}`

if (!fs.existsSync(path.join(appDir, '.next/BUILD_ID')) || process.env.BENCH_REBUILD) {
  console.log('No production build: running `npm run build` first…')
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: appDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (built.status !== 0) throw new Error('next build failed')
}

// The schema from the committed migrations (indexes included), as production has it.
const app = await startBenchApp('api', { migrate: true })
const { databaseUrl, work } = app
const countFile = path.join(work, 'queries')
console.log(`Seeding ${COMPANIES} companies and their admins…`)
const companies = await seedCompanies(app.payload, COMPANIES)
// The server is another process (next start); this one only seeds with SQL from here on.
await app.close()

const pool = new pg.Pool({ connectionString: databaseUrl })
const seed = async (scenes: number) => {
  const have = (await tableSizes(pool)).scenes!
  const projects = Math.round((scenes - have) / SCENES_PER_PROJECT)
  const started = performance.now()
  if (projects > 0)
    await seedProjects(pool, {
      companies,
      projects,
      scenesPerProject: SCENES_PER_PROJECT,
      trainingEvery: TRAINING_EVERY,
    })
  const sizes = await tableSizes(pool)
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s:`, sizes)
  return { sizes, seconds: (performance.now() - started) / 1000 }
}
const small = await seed(1000)

console.log(`Starting next start on :${PORT}…`)
const server = spawn(
  path.join(appDir, 'node_modules/.bin/next'),
  ['start', '-p', String(PORT), '-H', '127.0.0.1'],
  {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: 'production', DB_QUERY_COUNT_FILE: countFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)
for (let i = 0; ; i++) {
  if (i > 600) throw new Error('next start did not answer')
  if (
    await fetch(`${base}/api/users/me`).then(
      (r) => r.status < 500,
      () => false,
    )
  )
    break
  await sleep(100)
}

// The first company's admin, its first marketing project (10 scenes, each with an image and a
// video) and its first training video: seeded in the 1k round, so both rounds read the same rows.
const company = companies[0]!
const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: company.email, password: BENCH_PASSWORD }),
})
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
if (!cookie.startsWith('payload-token=')) throw new Error(`login failed: ${login.status}`)
const {
  rows: [marketing],
} = await pool.query<{ id: string }>(
  `SELECT id FROM projects WHERE company_id = $1 AND kind = 'marketing' ORDER BY created_at DESC LIMIT 1`,
  [company.id],
)
const {
  rows: [training],
} = await pool.query<{ id: string }>(
  `SELECT id FROM projects WHERE company_id = $1 AND kind = 'training' ORDER BY created_at DESC LIMIT 1`,
  [company.id],
)
const {
  rows: [scene],
} = await pool.query<{ id: string }>(
  `SELECT id FROM scenes WHERE project_id = $1 ORDER BY scene_number LIMIT 1`,
  [training!.id],
)
if (!marketing || !scene) throw new Error('the seed has no project to measure')

const json = { cookie, 'content-type': 'application/json' }
const graphQuery = `query ($id: String!) { Project(id: $id) { id name status scenes { docs { id sceneNumber sceneTitle status images { docs { ... on GeneratedImage { id url isSelected } } } videos { docs { ... on GeneratedVideo { id url isSelected duration } } } } } } }`
const targets: Target[] = [
  {
    name: 'baseline: GET /api/projects/:id?depth=0 (bare findByID)',
    method: 'GET',
    path: `/api/projects/${marketing.id}?depth=0`,
    headers: { cookie },
  },
  {
    name: 'GET /api/projects?scope=company',
    method: 'GET',
    path: '/api/projects?scope=company',
    headers: { cookie },
  },
  {
    name: 'GET /api/projects/:id (the full project)',
    method: 'GET',
    path: `/api/projects/${marketing.id}`,
    headers: { cookie },
  },
  {
    name: 'GET /api/videos?status=completed',
    method: 'GET',
    path: '/api/videos?status=completed',
    headers: { cookie },
  },
  {
    name: 'PATCH /api/scenes/:id (auto-save, same text)',
    method: 'PATCH',
    path: `/api/scenes/${scene.id}`,
    headers: json,
    body: JSON.stringify({ voiceover_text: 'Switch the oven off at the isolator.' }),
  },
  {
    name: 'PATCH /api/scenes/:id (auto-save, changed text)',
    method: 'PATCH',
    path: `/api/scenes/${scene.id}`,
    headers: json,
    body: (i) => JSON.stringify({ voiceover_text: `Switch the oven off at the isolator (${i}).` }),
  },
  {
    name: 'POST /api/graphql (project, scenes, media)',
    method: 'POST',
    path: '/api/graphql',
    headers: json,
    body: JSON.stringify({ query: graphQuery, variables: { id: marketing.id } }),
  },
  {
    name: 'GET /projects/:id (frontend page, server-rendered)',
    method: 'GET',
    path: `/projects/${marketing.id}`,
    headers: { cookie },
  },
]

async function round() {
  const results: LoadResult[] = []
  for (const target of targets) {
    const load = load1()
    const result = await measureTarget(base, target, {
      countFile,
      connections: CONNECTIONS,
      seconds: SECONDS,
    })
    results.push(result)
    console.log(
      `${result.name}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.queries} queries, ${result.errors} errors (load ${load})`,
    )
  }
  return { results, load: load1() }
}

console.log(`\nRound 1: ${small.sizes.scenes} scenes`)
const first = await round()
const large = await seed(SCENES)
// The new rows' pages: the server reads them as a warm production database would.
console.log(`\nRound 2: ${large.sizes.scenes} scenes`)
const second = await round()

const baseline = second.results[0]!
const smallScale = `${small.sizes.scenes!.toLocaleString('en')} scenes`
const table = second.results.map((r, i) => {
  const before = first.results[i]!
  return {
    endpoint: r.name,
    'req/s': r.rps,
    'p50 (ms)': r.p50,
    'p99 (ms)': r.p99,
    'p50 × baseline': (r.p50 / baseline.p50).toFixed(2),
    'SQL/request': r.queries,
    [`p99 at ${smallScale} (ms)`]: before.p99,
    'p99 growth': (r.p99 / before.p99).toFixed(2),
    errors: r.errors,
  }
})
console.table(table)
const scale = `${large.sizes.scenes!.toLocaleString('en')} scenes`
for (const [i, r] of second.results.entries()) {
  const before = first.results[i]!
  const isBaseline = i === 0
  const isFullProject = r.name.includes('full project')
  record(
    {
      bench: 'api',
      name: `${r.name}: p99 at ${scale}`,
      value: r.p99,
      unit: 'ms',
      goal: { op: '<=', value: 50 },
      note: `p50 ${r.p50} ms, ${r.rps} req/s at ${CONNECTIONS} connections, ${r.errors} errors, load ${second.load}`,
    },
    ...(isBaseline
      ? []
      : [
          {
            bench: 'api',
            name: `${r.name}: p50 / baseline p50`,
            value: Number((r.p50 / baseline.p50).toFixed(2)),
            unit: '×',
            goal: { op: '<=' as const, value: 1.5 },
          },
        ]),
    {
      bench: 'api',
      name: `${r.name}: SQL statements per request`,
      value: r.queries,
      unit: 'queries',
      goal: isFullProject ? { op: '<=', value: 6 } : undefined,
    },
    {
      bench: 'api',
      name: `${r.name}: p99 growth from ${smallScale} to ${scale}`,
      value: Number((r.p99 / before.p99).toFixed(2)),
      unit: '×',
      goal: { op: '<=', value: 1.5 },
      note: `p99 ${before.p99} → ${r.p99} ms`,
    },
  )
}
record({
  bench: 'api',
  name: `bulk seed to ${scale} (+ images, videos)`,
  value: Number(large.seconds.toFixed(1)),
  unit: 's',
  note: JSON.stringify(large.sizes),
})

server.kill('SIGTERM')
await pool.end()
await app.stop()
process.exit(0)
