/**
 * Voiceover auto-save benchmark: `PATCH /api/scenes/:id { voiceover_text }` through the real
 * REST handler, as a frontend saving on blur does — the same text again (no write) and a
 * changed text (one update and one version). Prints p50/p95/max latency.
 *   npx tsx bench/scene-autosave.ts
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../src/lib/db/embeddedPostgres'
import { record } from './lib/report'

const SAVES = 200

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-autosave-bench-'))
fs.chmodSync(work, 0o755)
const db = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false })
Object.assign(process.env, {
  DATABASE_URL: await db.createDatabase('bench'),
  MEDIA_DIR: path.join(work, 'media'),
  LOG_LEVEL: 'warn',
  JOBS_AUTORUN: 'false',
})
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/db/closePayload')
const { ApiClient } = await import('../tests/helpers/api')
const payload = await getPayload({ config, cron: false })

const company = await payload.create({ collection: 'companies', data: { name: 'Bench' } })
await payload.create({
  collection: 'users',
  data: {
    email: 'bench@example.test',
    password: 'bench-password',
    name: 'Bench',
    role: 'ADMIN',
    company: company.id,
  },
})
const api = await new ApiClient().signIn('bench@example.test', 'bench-password')
const video = await (
  await api.post('/videos', { json: { prompt: 'Replace the door gasket' } })
).json()
const sceneId = video.scenes[0].id as string

async function measure(text: (i: number) => string) {
  const times: number[] = []
  for (let i = 0; i < SAVES; i++) {
    const started = performance.now()
    const response = await api.patch(`/scenes/${sceneId}`, { json: { voiceover_text: text(i) } })
    times.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`PATCH answered ${response.status}`)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1)
  return {
    saves: SAVES,
    'p50 (ms)': at(0.5),
    'p95 (ms)': at(0.95),
    'max (ms)': times.at(-1)!.toFixed(1),
  }
}

const rows = [
  {
    save: 'same text again (auto-save on blur)',
    ...(await measure(() => 'Switch the oven off at the isolator.')),
  },
  {
    save: 'changed text',
    ...(await measure((i) => `Switch the oven off at the isolator (${i}).`)),
  },
]
console.table(rows)
record(
  ...rows.map((r) => ({
    bench: 'scene-autosave',
    name: `PATCH /api/scenes/:id, one client, ${r.save}: p50`,
    value: Number(r['p50 (ms)']),
    unit: 'ms',
    note: `p95 ${r['p95 (ms)']} ms over ${r.saves} saves`,
  })),
)

await closePayload(payload)
await db.stop()
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
