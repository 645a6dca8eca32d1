import ffmpeg from 'fluent-ffmpeg'

import { settings } from '../settings'

/**
 * ffmpeg and ffprobe come from npm (`@ffmpeg-installer/ffmpeg`, `@ffprobe-installer/ffprobe`), so a
 * fresh machine needs nothing but `npm install`, and every machine runs the same builds.
 * `FFMPEG_PATH` / `FFPROBE_PATH` point at other binaries when wanted.
 *
 * The npm packages throw when they are loaded on a platform they have no build for (or when their
 * binary is missing): they are imported dynamically, so that the overrides still work there and the
 * startup check (`checkMediaBinaries`) can say what is missing instead of the app failing to load.
 * (Literal specifiers: the Next bundler keeps them as runtime imports of the external packages.)
 */
type NpmBinary = { path: string } | { error: string }

const fromNpm = (load: () => Promise<{ default: { path: string } }>): Promise<NpmBinary> =>
  load().then(
    (module) => ({ path: module.default.path }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  )

const npmBuilds = {
  ffmpeg: await fromNpm(() => import('@ffmpeg-installer/ffmpeg')),
  ffprobe: await fromNpm(() => import('@ffprobe-installer/ffprobe')),
}

export type BinaryLocation = { path: string; source: string } | { path: null; source: string; error: string }

function locate(name: 'ffmpeg' | 'ffprobe', envVar: 'FFMPEG_PATH' | 'FFPROBE_PATH', npmPackage: string): BinaryLocation {
  const override = settings()[envVar]
  if (override) return { path: override, source: envVar }
  const build = npmBuilds[name]
  return 'path' in build ? { path: build.path, source: npmPackage } : { path: null, source: npmPackage, error: `no ${name} from ${npmPackage} (${build.error})` }
}

export const locateFfmpeg = () => locate('ffmpeg', 'FFMPEG_PATH', '@ffmpeg-installer/ffmpeg')
export const locateFfprobe = () => locate('ffprobe', 'FFPROBE_PATH', '@ffprobe-installer/ffprobe')

const pathOf = (found: BinaryLocation, envVar: string): string => {
  if (found.path !== null) return found.path
  throw new Error(`${found.error}: run \`npm install\`, or set ${envVar} to a binary.`)
}

export const ffmpegPath = (): string => pathOf(locateFfmpeg(), 'FFMPEG_PATH')
export const ffprobePath = (): string => pathOf(locateFfprobe(), 'FFPROBE_PATH')

let configured = false
/** fluent-ffmpeg with our binaries. */
export function ffmpegCommand(input?: string) {
  if (!configured) {
    ffmpeg.setFfmpegPath(ffmpegPath())
    ffmpeg.setFfprobePath(ffprobePath())
    configured = true
  }
  return input ? ffmpeg(input) : ffmpeg()
}

/** Runs an ffmpeg command to `output`; ffmpeg's error becomes the rejection's message. */
export const runFfmpeg = (command: ReturnType<typeof ffmpegCommand>, output: string) =>
  new Promise<void>((resolve, reject) => {
    command
      .on('end', () => resolve())
      .on('error', (error: Error) => reject(new Error(`ffmpeg: ${error.message}`)))
      .save(output)
  })
