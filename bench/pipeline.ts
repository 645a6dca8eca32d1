/**
 * Pipeline benchmark at a real provider's latency: N scene images generated through the real
 * jobs queue and the real `replicate` client against a local stub that answers each prediction
 * after L ms, with C jobs at once per worker: in this process (runQueue, as the worker runs it),
 * then in one and in two real `npm run worker` processes (scripts/worker.ts) sharing the database.
 * Ideal wall time is ceil(N / (C × workers)) · L; the table prints wall / ideal (1.0 = no overhead).
 * Each process first runs one untimed job per slot (its cold start is not the pipeline's overhead);
 * the table shows when each timed prediction reached the stub, to see where the overhead goes.
 *   npx tsx bench/pipeline.ts
 */
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import sharp from 'sharp'

import { createBenchAdmin, startBenchApp } from './lib/app'
import { load1, record } from './lib/report'

const SCENES = 12
const LATENCY_MS = 2000
const CONCURRENCY = 4
// How often an idle worker slot looks for work (the default is 2 s; jobs here are queued all at once).
const POLL_MS = 200
const root = path.resolve(import.meta.dirname, '..')

const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#336699' } })
  .png()
  .toBuffer()
let predictions = 0
// When each prediction reached the stub, in ms from the round's start: where the overhead goes.
let sentAt: number[] = []
let roundStart = 0
const stub = http.createServer(async (req, res) => {
  for await (const _ of req) void _
  const base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`
  if (req.method === 'POST' && req.url?.endsWith('/predictions')) {
    sentAt.push(Math.round(performance.now() - roundStart))
    await sleep(LATENCY_MS)
    res.writeHead(201, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({ id: `p${++predictions}`, status: 'succeeded', output: [`${base}/out.png`] }),
    )
  } else {
    res.writeHead(200, { 'content-type': 'image/png' })
    res.end(png)
  }
})
await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve))

const app = await startBenchApp('pipeline', {
  env: {
    REPLICATE_API_TOKEN: 'bench',
    REPLICATE_BASE_URL: `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v1`,
  },
})
const { payload } = app
const { runQueue } = await import('../src/lib/jobs/runQueue')
const { company, user } = await createBenchAdmin(payload)

/** A project with `count` scenes whose image jobs `queue()` queues. */
async function queueScenes(name: string, count = SCENES) {
  const project = await payload.create({
    collection: 'projects',
    data: { name, prompt: 'bench', targetDuration: 60, company: company.id, owner: user.id },
    context: { skipStoryboard: true },
  })
  const scenes: Array<{ id: string }> = []
  for (let i = 0; i < count; i++) {
    scenes.push(
      await payload.create({
        collection: 'scenes',
        data: {
          project: project.id,
          sceneNumber: i + 1,
          sceneTitle: `Scene ${i + 1}`,
          company: company.id,
          owner: user.id,
        },
      }),
    )
  }
  return {
    projectId: project.id,
    queue: () =>
      Promise.all(
        scenes.map((scene) =>
          payload.jobs.queue({ task: 'sceneImage', input: { sceneId: scene.id } }),
        ),
      ),
  }
}

const imagesOf = async (projectId: string) =>
  (
    await payload.count({
      collection: 'generated-images',
      where: { project: { equals: projectId } },
    })
  ).totalDocs

/** A real worker process, resolved once it polls the queue. */
function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: root,
    // The schema is this process's (pushed once); a worker must not push it again alongside.
    env: {
      ...process.env,
      PAYLOAD_DB_PUSH: 'false',
      LOG_LEVEL: 'info',
      WORKER_POLL_MS: String(POLL_MS),
      PROVIDER_CONCURRENCY: String(CONCURRENCY),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Worker polling the jobs queue')) resolve(child)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`worker exited (${code}):\n${output}`)))
  })
}

/** Queues the project's jobs and returns once its `count` images are made. */
async function runScenes(
  project: Awaited<ReturnType<typeof queueScenes>>,
  workers: number,
  count: number,
) {
  await project.queue()
  if (workers === 0) {
    await runQueue(payload, { concurrency: CONCURRENCY, idleMs: 50, untilEmpty: true })
  } else {
    while ((await imagesOf(project.projectId)) < count) await sleep(25)
  }
}

const rows = []
for (const workers of [0, 1, 2]) {
  const project = await queueScenes(`${workers} workers`)
  const { projectId } = project
  const processes = await Promise.all(Array.from({ length: workers }, startWorker))
  // One job per slot first, untimed: a process's first job loads what the task needs (cold start).
  const slots = CONCURRENCY * Math.max(1, workers)
  await runScenes(await queueScenes(`${workers} workers, warm-up`, slots), workers, slots)
  const load = load1()
  sentAt = []
  const started = performance.now()
  roundStart = started
  await runScenes(project, workers, SCENES)
  const wall = (performance.now() - started) / 1000
  for (const child of processes) child.kill('SIGTERM')
  await Promise.all(
    processes.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode === null ? child.once('exit', resolve) : resolve(null),
        ),
    ),
  )
  const ideal = (Math.ceil(SCENES / slots) * LATENCY_MS) / 1000
  const where =
    workers === 0 ? 'in this process' : `${workers} worker process${workers > 1 ? 'es' : ''}`
  rows.push({
    where,
    'scenes (N)': SCENES,
    'stub latency L (ms)': LATENCY_MS,
    'C per worker': CONCURRENCY,
    'images made': await imagesOf(projectId),
    'wall (s)': wall.toFixed(2),
    'ideal (s)': ideal.toFixed(2),
    'wall / ideal': (wall / ideal).toFixed(2),
    'predictions sent at (ms)': sentAt.join(' '),
    'load 1 min': load,
  })
  record({
    bench: 'pipeline',
    name: `N=${SCENES}, L=${LATENCY_MS / 1000} s, C=${CONCURRENCY}, ${where}: wall / ideal`,
    value: Number((wall / ideal).toFixed(2)),
    unit: '×',
    goal: { op: '<=', value: 1.1 },
    note: `${wall.toFixed(2)} s for ideal ${ideal.toFixed(2)} s; predictions sent at ${sentAt.join(', ')} ms; idle slots poll every ${workers === 0 ? 50 : POLL_MS} ms; load ${load}`,
  })
}
console.table(rows)

await app.stop()
stub.close()
process.exit(0)
