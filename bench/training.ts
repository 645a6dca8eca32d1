/**
 * TrainAI render benchmark: a 5-step narrated training video (offline espeak-ng voiceover, step
 * cards, WebVTT, stitch) rendered through the real jobs queue at several heights. Prints seconds
 * of video per second of wall time (realtime factor), the CPU seconds it took (this process and
 * its ffmpeg children; a fairer figure than wall time on a shared machine), the load average
 * when it began, and the process's peak RSS.   npx tsx bench/training.ts
 */
import path from 'node:path'

import { createBenchAdmin, startBenchApp } from './lib/app'
import { type Goal, record, timed } from './lib/report'

// The first render (180p) warms the process up (espeak, ffmpeg page cache, JIT) and is not reported.
// BENCH_TRAINING_HEIGHTS=180,720 makes a quicker run.
const HEIGHTS = (process.env.BENCH_TRAINING_HEIGHTS || '180,360,720,1080').split(',').map(Number)
const GOALS: Record<number, Goal> = { 720: { op: '>=', value: 15 }, 1080: { op: '>=', value: 8 } }

const app = await startBenchApp('training')
const { payload, work } = app
const { createLocalReq } = await import('payload')
const { createTrainingVideo } = await import('../plugins/training/services/writeScenes')
const { probe } = await import('../src/lib/media/probe')
const { company, user } = await createBenchAdmin(payload)

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

await app.stop()
process.exit(0)
