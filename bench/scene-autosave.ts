/**
 * Voiceover auto-save benchmark: `PATCH /api/scenes/:id { voiceover_text }` through the real
 * REST handler, as a frontend saving on blur does — the same text again (no write) and a
 * changed text (one update and one version). Prints p50/p95/max latency.
 *   npx tsx bench/scene-autosave.ts
 */
import { BENCH_PASSWORD, createBenchAdmin, startBenchApp } from './lib/app'
import { record } from './lib/report'

const SAVES = 200

const app = await startBenchApp('autosave')
const { ApiClient } = await import('../tests/helpers/api')
const { email } = await createBenchAdmin(app.payload)
const api = await new ApiClient().signIn(email, BENCH_PASSWORD)
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

await app.stop()
process.exit(0)
