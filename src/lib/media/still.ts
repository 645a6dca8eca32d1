import fs from 'node:fs'

import { ffmpegCommand, runFfmpeg } from './ffmpegBinary'
import { AUDIO_RATE, type ClipFormat, clipOutputOptions } from './format'

/** Seconds of the still encoded once; a clip repeats it by stream copy (a keyframe each time). */
const SEGMENT_SECONDS = 2

/**
 * x264 options of every still clip. No B-frames: packets come in display order, so a stream-copy
 * cut ends on the exact frame. Every clip of one film uses these, so their parameter sets match
 * and the stitch can join them by stream copy.
 */
export const stillOutputOptions = (format: ClipFormat) => [...clipOutputOptions(format), '-tune stillimage', '-bf 0']

const fitTo = ({ width, height }: ClipFormat) => `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height},setsar=1`

/**
 * The common format's audio. Narration is one voice on both channels: the encoder's mid/side
 * search finds nothing to gain there and costs 40% of the audio encode.
 */
const audioOutputOptions = ['-c:a aac', '-aac_ms 0', `-ar ${AUDIO_RATE}`, '-ac 2', '-b:a 128k']

const audioInput = (command: ReturnType<typeof ffmpegCommand>, audio: string | undefined) =>
  audio ? command.input(audio) : command.input(`anullsrc=channel_layout=stereo:sample_rate=${AUDIO_RATE}`).inputFormat('lavfi')

/**
 * A still image held for `seconds`, with `audio` under it (or silence), in the common clip format,
 * at close to the encoder's limit: the image is decoded, scaled and encoded once as a short
 * segment (a keyframe and frames that repeat it), and the clip repeats that segment by stream
 * copy. Decoding the image for every frame and encoding every frame costs 5–10× more.
 * With `subtitles` (burned in, so frames differ), the image is still decoded once but every
 * frame is encoded.
 */
export async function stillToClip(options: { image: string; output: string; seconds: number; format: ClipFormat; audio?: string; subtitles?: string }) {
  const { format, seconds, output } = options
  const length = `-t ${seconds.toFixed(3)}`
  // Filter arguments have their own quoting rules: only plain paths (our temp files) go in.
  if (options.subtitles && !/^[\w./-]+$/.test(options.subtitles)) throw new Error(`Unsafe subtitle path: ${options.subtitles}`)
  if (options.subtitles) {
    // libass sizes fonts against a 288-line canvas, so this stays readable at any height.
    const burn = `subtitles=filename=${options.subtitles}:force_style='FontSize=14,Outline=1,MarginV=12'`
    const command = audioInput(ffmpegCommand().input(options.image).inputOptions(['-loop 1', '-framerate 1']), options.audio)
      .complexFilter([`[0:v]${fitTo(format)},fps=${format.fps},${burn},format=yuv420p[v]`, `[1:a]aresample=${AUDIO_RATE},apad[a]`])
      .outputOptions(['-map [v]', '-map [a]', length, ...stillOutputOptions(format), '-aac_ms 0'])
    await runFfmpeg(command, output)
    return
  }
  const segment = `${output}.still.mp4`
  try {
    // As many frames as a full encode of `seconds` makes (it rounds to the nearest frame).
    const frames = Math.max(1, Math.round(seconds * format.fps))
    await runFfmpeg(
      ffmpegCommand(options.image)
        .inputOptions(['-loop 1', '-framerate 1'])
        .videoFilters(`${fitTo(format)},format=yuv420p,fps=${format.fps}`)
        .outputOptions([`-frames:v ${Math.min(frames, SEGMENT_SECONDS * format.fps)}`, '-an', ...stillOutputOptions(format)]),
      segment,
    )
    const command = audioInput(ffmpegCommand().input(segment).inputOptions(['-stream_loop -1', `-t ${((frames - 0.5) / format.fps).toFixed(4)}`]), options.audio)
      .complexFilter([`[1:a]aresample=${AUDIO_RATE},apad[a]`])
      .outputOptions(['-map 0:v', '-map [a]', '-c:v copy', length, ...audioOutputOptions, '-movflags +faststart'])
    await runFfmpeg(command, output)
  } finally {
    await fs.promises.rm(segment, { force: true })
  }
}
