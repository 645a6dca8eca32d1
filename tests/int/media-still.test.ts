import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { ffprobePath } from '../../src/lib/media/ffmpegBinary'
import { formatFor } from '../../src/lib/media/format'
import { imageToClip } from '../../src/lib/media/render'
import { stillToClip } from '../../src/lib/media/still'
import { frameStats } from '../helpers/media'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-still-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
const format = formatFor('16:9', 180, 12)

/** Frame count and duration of each stream, as ffprobe counts them. */
const streams = (file: string) =>
  execFileSync(ffprobePath(), [
    '-v',
    'error',
    '-show_entries',
    'stream=codec_type,nb_frames,duration',
    '-of',
    'json',
    file,
  ]).toString()

describe('still clips', () => {
  it('repeat one encoded segment yet match a full encode frame for frame, with the audio intact', async () => {
    const image = path.join(dir, 'still.png')
    await sharp({ create: { width: 640, height: 360, channels: 3, background: '#dd2222' } })
      .png()
      .toFile(image)
    // Longer than one repeated segment, and not a whole number of frames.
    for (const seconds of [1.3, 5.2]) {
      const full = path.join(dir, `full-${seconds}.mp4`)
      const still = path.join(dir, `still-${seconds}.mp4`)
      await imageToClip({ image, output: full, seconds, format, zoom: false })
      await stillToClip({ image, output: still, seconds, format })
      expect(JSON.parse(streams(still))).toEqual(JSON.parse(streams(full)))
    }
    const last = await frameStats(path.join(dir, 'still-5.2.mp4'), 4.9)
    expect(last.channels[0]!.mean).toBeGreaterThan(180)
    expect(last.channels[1]!.mean).toBeLessThan(60)
  })
})
