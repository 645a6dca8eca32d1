import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { concatClips } from '../../src/lib/media/concat'
import { formatFor } from '../../src/lib/media/format'
import { probe } from '../../src/lib/media/probe'
import { imageToClip, lastFrame, trimClip } from '../../src/lib/media/render'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-render-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
const format = formatFor('16:9', 180, 12)

describe('ffmpeg rendering', () => {
  it('renders stills to same-format clips, trims precisely and concatenates by stream copy', async () => {
    const image = path.join(dir, 'still.png')
    await sharp({ create: { width: 640, height: 360, channels: 3, background: '#336699' } })
      .png()
      .toFile(image)
    const a = path.join(dir, 'a.mp4')
    const b = path.join(dir, 'b.mp4')
    await imageToClip({ image, output: a, seconds: 2, format })
    await imageToClip({ image, output: b, seconds: 3, format, zoom: false })
    const probedA = await probe(a)
    expect(probedA).toMatchObject({
      hasVideo: true,
      hasAudio: true,
      videoCodec: 'h264',
      audioCodec: 'aac',
    })
    expect(probedA.durationSeconds).toBeCloseTo(2, 1)

    const trimmed = path.join(dir, 'b-trimmed.mp4')
    await trimClip({ input: b, output: trimmed, start: 0.5, end: 2.0, format })
    expect((await probe(trimmed)).durationSeconds).toBeCloseTo(1.5, 1)

    const out = path.join(dir, 'final.mp4')
    await concatClips([a, trimmed], out)
    const final = await probe(out)
    expect(final.durationSeconds! - 3.5).toBeLessThan(0.1)
    expect(final.durationSeconds! - 3.5).toBeGreaterThan(-0.1)

    const frame = path.join(dir, 'last.png')
    await lastFrame(a, frame)
    expect((await sharp(frame).metadata()).width).toBe(format.width)
  })
})
