import { ffmpegCommand, runFfmpeg } from './ffmpegBinary'
import { AUDIO_RATE, type ClipFormat, clipOutputOptions } from './format'

/**
 * A still image as a clip with a slow zoom (the offline image-to-video), with `audio` under it
 * or silence, in the common clip format.
 */
export async function imageToClip(options: {
  image: string
  output: string
  seconds: number
  format: ClipFormat
  audio?: string
  zoom?: boolean
  /** A subtitle file (WebVTT/SRT) burned into the picture, timed from the clip's start. */
  subtitles?: string
}) {
  const { width, height, fps } = options.format
  const frames = Math.max(1, Math.round(options.seconds * fps))
  const zoom = options.zoom === false ? '' : `,zoompan=z='min(zoom+0.0015,1.15)':d=${frames}:x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':s=${width}x${height}:fps=${fps}`
  const command = ffmpegCommand()
    .input(options.image)
    .inputOptions(['-loop 1', `-framerate ${fps}`])
  if (options.audio) command.input(options.audio)
  else command.input(`anullsrc=channel_layout=stereo:sample_rate=${AUDIO_RATE}`).inputFormat('lavfi')
  // Filter arguments have their own quoting rules: only plain paths (our temp files) go in.
  if (options.subtitles && !/^[\w./-]+$/.test(options.subtitles)) throw new Error(`Unsafe subtitle path: ${options.subtitles}`)
  // libass sizes fonts against a 288-line canvas, so this stays readable at any height.
  const burn = options.subtitles ? `,subtitles=filename=${options.subtitles}:force_style='FontSize=14,Outline=1,MarginV=12'` : ''
  command
    .complexFilter([
      // The zoom samples a 2× canvas for smooth motion, in YUV: zoompan on RGB costs 4× as much
      // for the same picture; zoompan already outputs the clip's size. A still is cut to size directly.
      zoom
        ? `[0:v]scale=${width * 2}:${height * 2}:force_original_aspect_ratio=increase,crop=${width * 2}:${height * 2},format=yuv420p${zoom},setsar=1${burn},format=yuv420p[v]`
        : `[0:v]scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height},setsar=1${burn},format=yuv420p[v]`,
      `[1:a]aresample=${AUDIO_RATE},apad[a]`,
    ])
    .outputOptions(['-map [v]', '-map [a]', `-t ${options.seconds.toFixed(3)}`, ...clipOutputOptions(options.format)])
  await runFfmpeg(command, options.output)
}

/** The part [start, end) of a clip, re-encoded to the common format (only trimmed clips pay this). */
export async function trimClip(options: { input: string; output: string; start: number; end: number; format: ClipFormat }) {
  const command = ffmpegCommand(options.input)
    .inputOptions([`-ss ${options.start.toFixed(3)}`])
    .outputOptions([`-t ${(options.end - options.start).toFixed(3)}`, ...clipOutputOptions(options.format)])
  await runFfmpeg(command, options.output)
}

/** The last frame of a clip as a PNG (seed frame for the next scene). */
export async function lastFrame(input: string, output: string) {
  await runFfmpeg(ffmpegCommand(input).inputOptions(['-sseof -0.2']).outputOptions(['-update 1', '-frames:v 1']), output)
}
