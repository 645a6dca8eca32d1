import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { checkMediaBinaries, reportMediaBinaries } from '../../src/lib/media/checkBinaries'
import { withEnv } from '../helpers/env'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-binaries-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Captures what the startup check logs. */
const capture = () => {
  const lines: string[] = []
  return {
    lines,
    log: {
      info: (line: string) => lines.push(`info: ${line}`),
      error: (line: string) => lines.push(`error: ${line}`),
    },
  }
}

describe('startup check of the media binaries', () => {
  it('finds the npm builds with everything the renders use', async () => {
    const { lines, log } = capture()
    const result = await reportMediaBinaries(log)
    expect(result.problems).toEqual([])
    expect(result.ffmpeg).toMatch(/^ffmpeg version/)
    expect(result.ffprobe).toMatch(/^ffprobe version/)
    expect(lines).toEqual([
      expect.stringMatching(/^info: Media binaries ready: ffmpeg version .*; ffprobe version/),
    ])
  })

  it('says plainly that FFMPEG_PATH names no binary, and the app is told what fails', async () => {
    const missing = path.join(dir, 'no-such-ffmpeg')
    const { lines, log } = capture()
    const result = await withEnv({ FFMPEG_PATH: missing }, () => reportMediaBinaries(log))
    expect(result.ffmpeg).toBeNull()
    expect(result.problems).toEqual([
      `ffmpeg at ${missing} (from FFMPEG_PATH) does not run (ENOENT): fix or unset FFMPEG_PATH. Nothing can be rendered.`,
    ])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^error: Media binaries: renders .* will fail until this is fixed:\n {2}- ffmpeg at .*no-such-ffmpeg/,
    )
  })

  it('names each encoder and filter an ffmpeg lacks, and a broken ffprobe', async () => {
    // An "ffmpeg" that runs but has none of what we need.
    const bare = path.join(dir, 'bare-ffmpeg')
    fs.writeFileSync(
      bare,
      '#!/bin/sh\ncase "$2" in -version) echo "ffmpeg version bare";; -encoders) echo " V..... mpeg4  MPEG-4";; -filters) echo " ... scale  V->V  Scale";; esac\n',
      { mode: 0o755 },
    )
    const notExecutable = path.join(dir, 'ffprobe.txt')
    fs.writeFileSync(notExecutable, 'not a program', { mode: 0o644 })
    const result = await withEnv(
      { FFMPEG_PATH: bare, FFPROBE_PATH: notExecutable },
      checkMediaBinaries,
    )
    expect(result.ffmpeg).toBe('ffmpeg version bare')
    expect(result.problems).toEqual([
      `ffprobe at ${notExecutable} (from FFPROBE_PATH) does not run (EACCES): fix or unset FFPROBE_PATH. Durations of uploaded sound and video cannot be measured.`,
      `ffmpeg at ${bare} (from FFMPEG_PATH) has no libx264 encoder: video clips cannot be encoded.`,
      `ffmpeg at ${bare} (from FFMPEG_PATH) has no aac encoder: soundtracks cannot be encoded.`,
      `ffmpeg at ${bare} (from FFMPEG_PATH) has no subtitles filter: subtitles cannot be burned into training videos.`,
    ])
  })
})
