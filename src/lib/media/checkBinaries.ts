import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { type BinaryLocation, locateFfmpeg, locateFfprobe } from './ffmpegBinary'

const run = promisify(execFile)

/** What the renders need from ffmpeg: H.264 video, AAC audio, burned-in subtitles (libass). */
const NEEDED = [
  { kind: 'encoders', name: 'libx264', use: 'video clips cannot be encoded' },
  { kind: 'encoders', name: 'aac', use: 'soundtracks cannot be encoded' },
  { kind: 'filters', name: 'subtitles', use: 'subtitles cannot be burned into training videos' },
] as const

export type MediaBinaryCheck = {
  ffmpeg: string | null
  ffprobe: string | null
  /** One plain sentence per problem; empty when everything the media code runs is there. */
  problems: string[]
}

const describe = (found: BinaryLocation) => `${found.path} (from ${found.source})`

async function output(path: string, args: string[]) {
  const { stdout } = await run(path, ['-hide_banner', ...args], { timeout: 15_000, maxBuffer: 4 * 1024 * 1024 })
  return stdout
}

/** The first line of `-version`, or the problem that kept the binary from running. */
async function version(found: BinaryLocation, name: string, envVar: string): Promise<{ version?: string; problem?: string }> {
  if (found.path === null) return { problem: `${name} is missing: ${found.error}. Run \`npm install\`, or set ${envVar} to a ${name} binary.` }
  try {
    return { version: (await output(found.path, ['-version'])).split('\n')[0]?.trim() }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    const fix = found.source === envVar ? `fix or unset ${envVar}` : `run \`npm install\` again, or set ${envVar}`
    return { problem: `${name} at ${describe(found)} does not run (${reason}): ${fix}.` }
  }
}

/**
 * Runs ffmpeg and ffprobe once and lists, in plain words, what is missing: a binary that does
 * not run, or an encoder or filter the renders use. Never throws.
 */
export async function checkMediaBinaries(): Promise<MediaBinaryCheck> {
  const ffmpeg = locateFfmpeg()
  const ffprobe = locateFfprobe()
  const problems: string[] = []
  const [ffmpegVersion, ffprobeVersion] = await Promise.all([version(ffmpeg, 'ffmpeg', 'FFMPEG_PATH'), version(ffprobe, 'ffprobe', 'FFPROBE_PATH')])
  if (ffmpegVersion.problem) problems.push(`${ffmpegVersion.problem} Nothing can be rendered.`)
  if (ffprobeVersion.problem) problems.push(`${ffprobeVersion.problem} Durations of uploaded sound and video cannot be measured.`)
  if (ffmpeg.path && ffmpegVersion.version) {
    const lists = { encoders: '', filters: '' }
    for (const kind of ['encoders', 'filters'] as const) lists[kind] = await output(ffmpeg.path, [`-${kind}`]).catch(() => '')
    for (const need of NEEDED) {
      // Lines look like ` V..... libx264   libx264 H.264 …` / ` ... subtitles  V->V  Render …`.
      if (!new RegExp(`^\\s*\\S+\\s+${need.name}\\s`, 'm').test(lists[need.kind])) {
        problems.push(`ffmpeg at ${describe(ffmpeg)} has no ${need.name} ${need.kind === 'encoders' ? 'encoder' : 'filter'}: ${need.use}.`)
      }
    }
  }
  return { ffmpeg: ffmpegVersion.version ?? null, ffprobe: ffprobeVersion.version ?? null, problems }
}

/**
 * The startup check (`npm run dev`, `npm start`, `npm run worker`): logs what is missing and
 * lets the app start anyway — everything but rendering still works.
 */
export async function reportMediaBinaries(log: Pick<Console, 'info' | 'error'> = console): Promise<MediaBinaryCheck> {
  const result = await checkMediaBinaries()
  if (result.problems.length === 0) {
    log.info(`Media binaries ready: ${result.ffmpeg}; ${result.ffprobe}.`)
  } else {
    log.error(['Media binaries: renders and uploads of sound or video will fail until this is fixed:', ...result.problems.map((p) => `  - ${p}`)].join('\n'))
  }
  return result
}
