/**
 * `npm run bench [name…]`: runs the benchmarks one after another (heavy ones never overlap), then
 * prints one markdown table of every figure with its goal and writes it to
 * bench/results/latest.md and latest.json, with the machine (CPUs, memory, load); a full run also
 * puts the table in the README's Performance section. Benchmarks
 * measure; they never assert a timing. Each one also runs alone: `npx tsx bench/<name>.ts`.
 * Shorter: name some (`npm run bench pipeline api`), or scale down with BENCH_API_SCENES,
 * BENCH_API_SECONDS and BENCH_TRAINING_HEIGHTS (see bench/api.ts, bench/training.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Figure, meets } from './lib/report'

const dir = import.meta.dirname
// first-run leaves its built fresh clone for api (served by `next start`); the rest need no build.
const ORDER = ['first-run', 'api', 'training', 'stitch', 'pipeline', 'scene-autosave', 'upload']
const ARGS: Record<string, string[]> = { upload: ['512'] }
const wanted = process.argv.slice(2)
const benches = ORDER.filter((name) => wanted.length === 0 || wanted.includes(name))
const unknown = wanted.filter((name) => !ORDER.includes(name))
if (unknown.length > 0)
  throw new Error(`Unknown benchmark(s): ${unknown.join(', ')} (known: ${ORDER.join(', ')})`)

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-bench-run-'))
const figuresFile = path.join(work, 'figures.jsonl')
const cloneFile = path.join(work, 'clone')
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
  loadAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  node: process.version,
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: dir,
    encoding: 'utf8',
  }).trim(),
  date: new Date().toISOString(),
}
const started = performance.now()
const runs: Array<{ bench: string; seconds: number; ok: boolean }> = []
for (const bench of benches) {
  console.log(`\n## ${bench}`)
  const clone = fs.existsSync(cloneFile) ? fs.readFileSync(cloneFile, 'utf8') : undefined
  const benchStarted = performance.now()
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(dir, `${bench}.ts`), ...(ARGS[bench] ?? [])],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        BENCH_FIGURES: figuresFile,
        BENCH_KEEP_CLONE: cloneFile,
        ...(clone ? { BENCH_APP_DIR: clone } : {}),
      },
    },
  )
  runs.push({
    bench,
    seconds: Math.round((performance.now() - benchStarted) / 1000),
    ok: result.status === 0,
  })
  if (result.status !== 0) process.exitCode = 1
}
if (fs.existsSync(cloneFile))
  fs.rmSync(path.dirname(fs.readFileSync(cloneFile, 'utf8')), { recursive: true, force: true })

const figures: Figure[] = fs.existsSync(figuresFile)
  ? fs
      .readFileSync(figuresFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : []
fs.rmSync(work, { recursive: true, force: true })
const totalSeconds = Math.round((performance.now() - started) / 1000)
const loadAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)))

const goalText = (f: Figure) =>
  f.goal ? `${f.goal.op === '>=' ? '≥' : '≤'} ${f.goal.value} ${f.unit}` : '—'
const metText = (f: Figure) =>
  ({ true: 'yes', false: '**no**', null: '' })[
    String(meets(f.value, f.goal)) as 'true' | 'false' | 'null'
  ]
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const markdown = [
  `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC at ${machine.commit} on ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}; ` +
    `load average ${machine.loadAtStart.join(' / ')} at the start, ${loadAtEnd.join(' / ')} at the end (the machine is shared: wall-clock figures are noisy). ` +
    `\`npm run bench\` took ${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s (${runs.map((r) => `${r.bench} ${r.seconds} s${r.ok ? '' : ' FAILED'}`).join(', ')}).`,
  '',
  '| Bench | Figure | Value | Goal | Met | Note |',
  '| --- | --- | ---: | --- | --- | --- |',
  ...figures.map(
    (f) =>
      `| ${f.bench} | ${cell(f.name)} | ${f.value ?? '—'} ${f.unit} | ${goalText(f)} | ${metText(f)} | ${cell(f.note ?? '')} |`,
  ),
].join('\n')

console.log(`\n${markdown}`)
const results = path.join(dir, 'results')
fs.mkdirSync(results, { recursive: true })
fs.writeFileSync(path.join(results, 'latest.md'), `${markdown}\n`)
// A full run is the README's table (its Performance section, between the bench:latest markers).
if (wanted.length === 0) {
  const readme = path.join(dir, '..', 'README.md')
  const text = fs.readFileSync(readme, 'utf8')
  const block = /(<!-- bench:latest -->\n)[\s\S]*?(<!-- \/bench:latest -->)/
  if (block.test(text))
    fs.writeFileSync(
      readme,
      text.replace(block, (_, open: string, close: string) => `${open}${markdown}\n${close}`),
    )
}
fs.writeFileSync(
  path.join(results, 'latest.json'),
  `${JSON.stringify({ machine: { ...machine, loadAtEnd }, totalSeconds, runs, figures: figures.map((f) => ({ ...f, met: meets(f.value, f.goal) })) }, null, 2)}\n`,
)
