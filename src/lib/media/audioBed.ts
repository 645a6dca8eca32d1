import { ffmpegCommand } from './ffmpegBinary'
import { AUDIO_RATE } from './format'

/**
 * Lays `bed` (looped or cut to the film's length) under the film's own audio; the video stream
 * is copied untouched.
 */
export async function mixAudioBed(options: { video: string; bed: string; output: string; bedVolume?: number }) {
  await new Promise<void>((resolve, reject) =>
    ffmpegCommand()
      .input(options.video)
      .input(options.bed)
      .inputOptions(['-stream_loop -1'])
      .complexFilter([
        // The bundled ffmpeg's amix always divides each input by the input count (no `normalize`
        // option): double both inputs so the film keeps its level and the bed gets `bedVolume`.
        `[0:a]volume=2[film]`,
        `[1:a]aresample=${AUDIO_RATE},volume=${2 * (options.bedVolume ?? 0.5)}[bed]`,
        `[film][bed]amix=inputs=2:duration=first:dropout_transition=0[a]`,
      ])
      .outputOptions(['-map 0:v', '-map [a]', '-c:v copy', '-c:a aac', `-ar ${AUDIO_RATE}`, '-ac 2', '-shortest', '-movflags +faststart'])
      .on('end', () => resolve())
      .on('error', (error: Error) => reject(new Error(`ffmpeg: ${error.message}`)))
      .save(options.output),
  )
}
