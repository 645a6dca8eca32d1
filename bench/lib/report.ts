/**
 * What every benchmark shares: CPU time and load measurements, and `record()`, which hands its
 * figures (value, unit, goal) to `npm run bench` (bench/run.ts) for the one report.
 */
import fs from 'node:fs'
import os from 'node:os'

export type Goal = { op: '>=' | '<='; value: number }
export type Figure = {
  /** The report's section (one per benchmark file). */
  bench: string
  name: string
  value: number | null
  unit: string
  goal?: Goal
  /** Context: load average, CPU seconds, what would close a gap. */
  note?: string
}

/** Collects figures; with BENCH_FIGURES set (by bench/run.ts), appends them there as JSON lines. */
export function record(...figures: Figure[]) {
  const file = process.env.BENCH_FIGURES
  if (file) fs.appendFileSync(file, figures.map((f) => `${JSON.stringify(f)}\n`).join(''))
}

export const meets = (value: number | null, goal?: Goal) =>
  goal === undefined || value === null
    ? null
    : goal.op === '>='
      ? value >= goal.value
      : value <= goal.value

/** The 1-minute load average, as the machine's other work at the time of a measurement. */
export const load1 = () => Number(os.loadavg()[0]!.toFixed(2))

const CLOCK_TICKS = 100
/** CPU seconds used so far by this process and the children it has waited for (ffmpeg…). */
export function cpuSeconds(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  // utime, stime, cutime, cstime are fields 14–17 of /proc/<pid>/stat (11–14 after the name).
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0)
  return ticks / CLOCK_TICKS
}

/** Runs `work`, returning its wall seconds, CPU seconds (self + children) and the load when it began. */
export async function timed<T>(work: () => Promise<T>) {
  const load = load1()
  const cpu = cpuSeconds()
  const started = performance.now()
  const result = await work()
  return { result, wall: (performance.now() - started) / 1000, cpu: cpuSeconds() - cpu, load }
}

/** Percentile of sorted-or-not numbers (nearest rank). */
export function percentile(values: number[], q: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0
}
