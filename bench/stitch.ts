/**
 * Stitch and clip benchmark, in the pipeline's default format (720p24) unless said otherwise:
 * - a 60 s film from six 10 s clips with motion (ffmpeg's testsrc2 with a tone, in the common
 *   format), joined as the pipeline joins them: by stream copy; then each clip trimmed by 0.5 s
 *   at both ends (the trim path: trimmed clips are re-encoded); then a full re-encode for scale;
 * - the offline zoom-clip renderer (a still with a slow zoom: what `sceneVideo` makes without a
 *   Replicate key);
 * - a 10 s still clip at 1080p as the training render makes it (decoded and encoded once, repeated).
 * Prints wall time, realtime factor, CPU seconds (ffmpeg's) and ffmpeg's peak RSS.
 *   npx tsx bench/stitch.ts
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { ffmpegPath } from '../src/lib/media/ffmpegBinary'
import { clipOutputOptions, formatFor } from '../src/lib/media/format'
import { joinClips } from '../src/lib/media/join'
import { probe } from '../src/lib/media/probe'
import { imageToClip } from '../src/lib/media/render'
import { stillToClip } from '../src/lib/media/still'
import { type Goal, record, timed } from './lib/report'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-stitch-bench-'))
const format = formatFor('16:9', 720, 24)
const CLIPS = 6
const SECONDS = 10
const TRIM = 0.5

/** ffmpeg's peak resident memory, sampled from /proc while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>) {
  let peakKb = 0
  const sampler = setInterval(() => {
    // Children of this process's main thread (the one that spawns): our ffmpeg runs.
    const children = fs
      .readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8')
      .trim()
      .split(' ')
      .filter(Boolean)
    for (const pid of children) {
      try {
        peakKb = Math.max(
          peakKb,
          Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0),
        )
      } catch {
        /* exited */
      }
    }
  }, 25)
  try {
    return { ...(await timed(work)), peakMb: peakKb / 1024 }
  } finally {
    clearInterval(sampler)
  }
}

const ffmpeg = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-y', '-loglevel', 'error', ...args], { stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}`)),
    )
  })
const splitOptions = (options: string[]) => options.flatMap((o) => o.split(' '))

console.log(
  `Rendering a ${SECONDS} s clip with motion at ${format.width}x${format.height}@${format.fps}…`,
)
const clip = path.join(dir, 'clip.mp4')
await ffmpeg([
  '-f',
  'lavfi',
  '-i',
  `testsrc2=size=${format.width}x${format.height}:rate=${format.fps}:duration=${SECONDS}`,
  '-f',
  'lavfi',
  '-i',
  `sine=frequency=330:sample_rate=48000:duration=${SECONDS}`,
  ...splitOptions(clipOutputOptions(format)),
  clip,
])
// One clip six times: the join reads six files all the same, as it would six different ones.
const parts = Array.from({ length: CLIPS }, () => ({ file: clip }))

type Row = {
  name: string
  seconds: number
  wall: number
  cpu: number
  load: number
  peakMb: number
  goal?: Goal
  note?: string
}
const rows: Row[] = []
async function measure(
  name: string,
  output: string,
  work: () => Promise<void>,
  goal?: Goal,
  note?: string,
) {
  const run = await withPeakRss(work)
  const seconds = (await probe(output)).durationSeconds ?? 0
  rows.push({ name, seconds, ...run, goal, note })
}

const copied = path.join(dir, 'copy.mp4')
await measure(`stream copy of ${CLIPS} × ${SECONDS} s (the pipeline's join)`, copied, () =>
  joinClips(parts, copied, format, dir),
)
const trimmed = path.join(dir, 'trimmed.mp4')
await measure(
  `trim path: each clip trimmed ${TRIM} s at both ends`,
  trimmed,
  () =>
    joinClips(
      parts.map((p) => ({ ...p, trimStart: TRIM, trimEnd: SECONDS - TRIM })),
      trimmed,
      format,
      dir,
    ),
  { op: '>=', value: 5 },
  'trimmed clips are re-encoded (two at a time), then joined by stream copy',
)
const reencoded = path.join(dir, 'reencode.mp4')
await measure(`full re-encode of the ${CLIPS * SECONDS} s film (for scale)`, reencoded, () =>
  ffmpeg(['-i', copied, ...splitOptions(clipOutputOptions(format)), reencoded]),
)

const still = path.join(dir, 'still.png')
await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#274060' } })
  .png()
  .toFile(still)
const zoomed = path.join(dir, 'zoom.mp4')
await measure('offline zoom clip, 5 s (sceneVideo without a key)', zoomed, () =>
  imageToClip({ image: still, output: zoomed, seconds: 5, format }),
)
const held = path.join(dir, 'held.mp4')
await measure(`still clip, ${SECONDS} s at 1080p24 (a silent training scene)`, held, () =>
  stillToClip({
    image: still,
    output: held,
    seconds: SECONDS,
    format: formatFor('16:9', 1080, 24),
  }),
)

console.table(
  rows.map((r) => ({
    method: r.name,
    'film (s)': r.seconds.toFixed(2),
    'wall (s)': r.wall.toFixed(2),
    'realtime ×': (r.seconds / r.wall).toFixed(1),
    'CPU (s)': r.cpu.toFixed(2),
    'load 1 min': r.load,
    'peak RSS (MB)': r.peakMb.toFixed(0),
  })),
)
record(
  ...rows.map((r) => ({
    bench: 'stitch',
    name: r.name,
    value: Number((r.seconds / r.wall).toFixed(1)),
    unit: '× realtime',
    goal: r.goal,
    note: [`${r.cpu.toFixed(1)} CPU-s, load ${r.load}`, r.note].filter(Boolean).join('; '),
  })),
)
fs.rmSync(dir, { recursive: true, force: true })
