import ffmpegInstaller from '@ffmpeg-installer/ffmpeg'
import ffprobeInstaller from '@ffprobe-installer/ffprobe'
import ffmpeg from 'fluent-ffmpeg'

/**
 * ffmpeg and ffprobe come from npm (`@ffmpeg-installer/ffmpeg`, `@ffprobe-installer/ffprobe`), so a
 * fresh machine needs nothing but `npm install`, and every machine runs the same builds.
 * `FFMPEG_PATH` / `FFPROBE_PATH` point at other binaries when wanted.
 */
export function ffmpegPath(): string {
  return process.env.FFMPEG_PATH || ffmpegInstaller.path
}

export function ffprobePath(): string {
  return process.env.FFPROBE_PATH || ffprobeInstaller.path
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
