/**
 * Pipeline benchmark: N scene images generated through the real jobs queue and the real
 * `replicate` client against a local stub that answers each prediction after L ms, run with
 * concurrency C. Ideal wall time is ceil(N/C)·L; the table prints the ratio (1.0 = no overhead).
 *   npx tsx bench/pipeline.ts
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { startEmbeddedPostgres } from '../src/lib/db/embeddedPostgres'

const SCENES = 12
const LATENCY_MS = 400
const CONCURRENCY = [1, 3, 6]

const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#336699' } }).png().toBuffer()
let predictions = 0
const stub = http.createServer(async (req, res) => {
  for await (const _ of req) void _
  const base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`
  if (req.method === 'POST' && req.url?.endsWith('/predictions')) {
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS))
    res.writeHead(201, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ id: `p${++predictions}`, status: 'succeeded', output: [`${base}/out.png`] }))
  } else {
    res.writeHead(200, { 'content-type': 'image/png' })
    res.end(png)
  }
})
await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve))

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-pipeline-bench-'))
fs.chmodSync(work, 0o755)
const db = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false })
Object.assign(process.env, {
  DATABASE_URL: await db.createDatabase('bench'),
  MEDIA_DIR: path.join(work, 'media'),
  LOG_LEVEL: 'warn',
  JOBS_AUTORUN: 'false',
  REPLICATE_API_TOKEN: 'bench',
  REPLICATE_BASE_URL: `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v1`,
})
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/db/closePayload')
const { runQueue } = await import('../src/lib/jobs/runQueue')
const payload = await getPayload({ config, cron: false })

const company = await payload.create({ collection: 'companies', data: { name: 'Bench' } })
const user = await payload.create({
  collection: 'users',
  data: { email: 'bench@example.test', password: 'bench-password', name: 'Bench', role: 'ADMIN', company: company.id },
})

const rows = []
for (const concurrency of CONCURRENCY) {
  const project = await payload.create({
    collection: 'projects',
    data: { name: `c${concurrency}`, prompt: 'bench', targetDuration: 60, company: company.id, owner: user.id },
    context: { skipStoryboard: true },
  })
  for (let i = 0; i < SCENES; i++) {
    const scene = await payload.create({
      collection: 'scenes',
      data: { project: project.id, sceneNumber: i + 1, sceneTitle: `Scene ${i + 1}`, company: company.id, owner: user.id },
    })
    await payload.jobs.queue({ task: 'sceneImage', input: { sceneId: scene.id } })
  }
  const started = performance.now()
  // As `npm run worker` runs the queue.
  await runQueue(payload, { concurrency, idleMs: 50, untilEmpty: true })
  const wall = (performance.now() - started) / 1000
  const ideal = (Math.ceil(SCENES / concurrency) * LATENCY_MS) / 1000
  const images = await payload.count({ collection: 'generated-images', where: { project: { equals: project.id } } })
  rows.push({
    'scenes (N)': SCENES,
    'stub latency L (ms)': LATENCY_MS,
    'concurrency C': concurrency,
    'images made': images.totalDocs,
    'wall (s)': wall.toFixed(2),
    'ceil(N/C)·L (s)': ideal.toFixed(2),
    'wall / ideal': (wall / ideal).toFixed(2),
  })
}
console.table(rows)

await closePayload(payload)
await db.stop()
stub.close()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
