/**
 * TrainAI render benchmark: a 5-step narrated training video (offline espeak-ng voiceover, step
 * cards, WebVTT, stitch) rendered through the real jobs queue at several heights. Prints seconds
 * of video per second of wall time (realtime factor), the CPU seconds it took (this process and
 * its ffmpeg children; a fairer figure than wall time on a shared machine), the load average
 * when it began, and the process's peak RSS.   npx tsx bench/training.ts
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../src/lib/db/embeddedPostgres'
import { type Goal, record, timed } from './lib/report'

// The first render (180p) warms the process up (espeak, ffmpeg page cache, JIT) and is not reported.
const HEIGHTS = [180, 360, 720, 1080]
const GOALS: Record<number, Goal> = { 720: { op: '>=', value: 15 }, 1080: { op: '>=', value: 8 } }

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-training-bench-'))
fs.chmodSync(work, 0o755)
const db = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false })
Object.assign(process.env, {
  DATABASE_URL: await db.createDatabase('bench'),
  MEDIA_DIR: path.join(work, 'media'),
  LOG_LEVEL: 'warn',
  JOBS_AUTORUN: 'false',
})
const { createLocalReq, getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/db/closePayload')
const { createTrainingVideo } = await import('../plugins/training/services/writeScenes')
const { probe } = await import('../src/lib/media/probe')
const payload = await getPayload({ config, cron: false })

const company = await payload.create({ collection: 'companies', data: { name: 'Bench' } })
const user = await payload.create({
  collection: 'users',
  data: {
    email: 'bench@example.test',
    password: 'bench-password',
    name: 'Bench',
    role: 'ADMIN',
    company: company.id,
  },
})

const rows = []
for (const height of HEIGHTS) {
  process.env.RENDER_HEIGHT = String(height)
  const { video, scenes } = await createTrainingVideo(await createLocalReq({}, payload), {
    companyId: company.id,
    ownerId: user.id,
    prompt: 'Replace the door gasket',
  })
  await payload.jobs.queue({ task: 'renderTraining', input: { projectId: video.id } })
  const { wall, cpu, load } = await timed(async () => {
    for (;;) {
      const { noJobsRemaining } = await payload.jobs.run({ limit: 1 })
      if (noJobsRemaining) break
    }
  })
  const done = await payload.findByID({ collection: 'projects', id: video.id, depth: 0 })
  const seconds =
    (await probe(path.join(work, 'media', String(done.finalVideoS3Key)))).durationSeconds ?? 0
  if (height === HEIGHTS[0]) continue
  record({
    bench: 'training',
    name: `narrated render ${height}p (${seconds.toFixed(0)} s, ${scenes.length} steps)`,
    value: Number((seconds / wall).toFixed(1)),
    unit: '× realtime',
    goal: GOALS[height],
    note: `${cpu.toFixed(1)} CPU-s (${(seconds / cpu).toFixed(1)}× realtime per CPU-second), load ${load}`,
  })
  rows.push({
    height,
    steps: scenes.length,
    status: done.status,
    'video (s)': seconds.toFixed(1),
    'wall (s)': wall.toFixed(1),
    'realtime ×': (seconds / wall).toFixed(1),
    'CPU (s)': cpu.toFixed(1),
    'load 1 min': load,
    'peak RSS (MB)': Math.round(process.resourceUsage().maxRSS / 1024),
  })
}
console.table(rows)

await closePayload(payload)
await db.stop()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
