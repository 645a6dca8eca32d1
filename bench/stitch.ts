/**
 * Stitch benchmark: a 60 s 1080p film from six 10 s clips in the common format, joined by
 * stream copy (what the pipeline does) versus a full re-encode. Prints wall time, realtime
 * factor and ffmpeg's peak RSS.   npx tsx bench/stitch.ts
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { ffmpegPath } from '../src/lib/media/ffmpegBinary'
import { formatFor } from '../src/lib/media/format'
import { probe } from '../src/lib/media/probe'
import { imageToClip } from '../src/lib/media/render'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-stitch-bench-'))
const format = formatFor('16:9', 1080, 30)
const CLIPS = 6
const SECONDS = 10

/** Runs ffmpeg, sampling its resident memory from /proc. */
async function measure(args: string[]) {
  const started = performance.now()
  const child = spawn(ffmpegPath(), ['-y', '-loglevel', 'error', ...args], { stdio: 'inherit' })
  let peakKb = 0
  const sampler = setInterval(() => {
    try {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))
    } catch {
      /* exited */
    }
  }, 20)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearInterval(sampler)
  if (code !== 0) throw new Error(`ffmpeg exited with ${code}`)
  return { seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024 }
}

console.log(`Rendering ${CLIPS} × ${SECONDS} s clips at ${format.width}x${format.height}@${format.fps}…`)
const image = path.join(dir, 'still.png')
await sharp({ create: { width: format.width, height: format.height, channels: 3, background: '#274060' } }).png().toFile(image)
const clips: string[] = []
for (let i = 0; i < CLIPS; i++) {
  const clip = path.join(dir, `clip-${i}.mp4`)
  await imageToClip({ image, output: clip, seconds: SECONDS, format, zoom: false })
  clips.push(clip)
}
const list = path.join(dir, 'list.txt')
fs.writeFileSync(list, clips.map((c) => `file '${c}'`).join('\n'))

const copy = await measure(['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', '-movflags', '+faststart', path.join(dir, 'copy.mp4')])
const reencode = await measure([
  '-f', 'concat', '-safe', '0', '-i', list,
  '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart',
  path.join(dir, 'reencode.mp4'),
])
const duration = (await probe(path.join(dir, 'copy.mp4'))).durationSeconds ?? CLIPS * SECONDS

console.table(
  [
    ['stream copy (pipeline)', copy],
    ['full re-encode', reencode],
  ].map(([name, r]) => {
    const result = r as { seconds: number; peakMb: number }
    return {
      method: name,
      'film (s)': duration.toFixed(2),
      'wall (s)': result.seconds.toFixed(2),
      'realtime factor': `${(duration / result.seconds).toFixed(1)}×`,
      'peak RSS (MB)': result.peakMb.toFixed(0),
    }
  }),
)
fs.rmSync(dir, { recursive: true, force: true })
