import ffmpegInstaller from '@ffmpeg-installer/ffmpeg'
import ffmpeg from 'fluent-ffmpeg'
import fs from 'node:fs'

/** ffmpeg from `FFMPEG_PATH`, else the system's, else the one bundled in npm (an old but working build). */
export function ffmpegPath(): string {
  if (process.env.FFMPEG_PATH) return process.env.FFMPEG_PATH
  if (fs.existsSync('/usr/bin/ffmpeg')) return '/usr/bin/ffmpeg'
  return ffmpegInstaller.path
}

export function ffprobePath(): string {
  if (process.env.FFPROBE_PATH) return process.env.FFPROBE_PATH
  if (fs.existsSync('/usr/bin/ffprobe')) return '/usr/bin/ffprobe'
  // The bundled package ships ffmpeg only; a missing ffprobe makes probing fail with a clear error.
  return 'ffprobe'
}

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
