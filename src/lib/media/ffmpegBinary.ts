import ffmpeg from 'fluent-ffmpeg'
import { createRequire } from 'node:module'

/**
 * ffmpeg and ffprobe come from npm (`@ffmpeg-installer/ffmpeg`, `@ffprobe-installer/ffprobe`), so a
 * fresh machine needs nothing but `npm install`, and every machine runs the same builds.
 * `FFMPEG_PATH` / `FFPROBE_PATH` point at other binaries when wanted.
 *
 * The npm packages throw when they are loaded on a platform they have no build for; they are
 * loaded lazily so that the overrides still work there, and the startup check
 * (`checkMediaBinaries`) can say what is missing instead of the app failing to load.
 */
const requireHere = createRequire(import.meta.url)

export type BinaryLocation = { path: string; source: string } | { path: null; source: string; error: string }

function locate(name: 'ffmpeg' | 'ffprobe', envVar: string, npmPackage: string): BinaryLocation {
  const override = process.env[envVar]
  if (override) return { path: override, source: envVar }
  try {
    return { path: (requireHere(npmPackage) as { path: string }).path, source: npmPackage }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { path: null, source: npmPackage, error: `no ${name} from ${npmPackage} (${reason})` }
  }
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
