/**
 * TrainAI render benchmark: a 5-step narrated training video (offline espeak-ng voiceover, step
 * cards, WebVTT, stitch) rendered through the real jobs queue at several heights. Prints seconds
 * of video per second of wall time (realtime factor) and the process's peak RSS.
 *   npx tsx bench/training.ts
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../src/lib/db/embeddedPostgres'

const HEIGHTS = [360, 720, 1080]

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-training-bench-'))
fs.chmodSync(work, 0o755)
const db = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false })
Object.assign(process.env, { DATABASE_URL: await db.createDatabase('bench'), MEDIA_DIR: path.join(work, 'media'), LOG_LEVEL: 'warn', JOBS_AUTORUN: 'false' })
const { createLocalReq, getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/db/closePayload')
const { createTrainingVideo } = await import('../plugins/training/services/writeScenes')
const { probe } = await import('../src/lib/media/probe')
const payload = await getPayload({ config, cron: false })

const company = await payload.create({ collection: 'companies', data: { name: 'Bench' } })
const user = await payload.create({ collection: 'users', data: { email: 'bench@example.test', password: 'bench-password', name: 'Bench', role: 'ADMIN', company: company.id } })

const rows = []
for (const height of HEIGHTS) {
  process.env.RENDER_HEIGHT = String(height)
  const { video, scenes } = await createTrainingVideo(await createLocalReq({}, payload), { companyId: company.id, ownerId: user.id, prompt: 'Replace the door gasket' })
  await payload.jobs.queue({ task: 'renderTraining', input: { projectId: video.id } })
  const started = performance.now()
  for (;;) {
    const { noJobsRemaining } = await payload.jobs.run({ limit: 1 })
    if (noJobsRemaining) break
  }
  const wall = (performance.now() - started) / 1000
  const done = await payload.findByID({ collection: 'projects', id: video.id, depth: 0 })
  const seconds = (await probe(path.join(work, 'media', String(done.finalVideoS3Key)))).durationSeconds ?? 0
  rows.push({
    height,
    steps: scenes.length,
    status: done.status,
    'video (s)': seconds.toFixed(1),
    'wall (s)': wall.toFixed(1),
    'realtime ×': (seconds / wall).toFixed(1),
    'peak RSS (MB)': Math.round(process.resourceUsage().maxRSS / 1024),
  })
}
console.table(rows)

await closePayload(payload)
await db.stop()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
