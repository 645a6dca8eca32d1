import ffmpeg from 'fluent-ffmpeg'

import { ffmpegCommand } from './ffmpegBinary'

export type Probe = { durationSeconds: number | null; hasVideo: boolean; hasAudio: boolean; videoCodec?: string; audioCodec?: string }

/** What ffprobe says about a media file. */
export async function probe(path: string): Promise<Probe> {
  ffmpegCommand() // configures the binaries
  const data = await new Promise<ffmpeg.FfprobeData>((resolve, reject) =>
    ffmpeg.ffprobe(path, (error, result) => (error ? reject(error) : resolve(result))),
  )
  const video = data.streams.find((s) => s.codec_type === 'video')
  const audio = data.streams.find((s) => s.codec_type === 'audio')
  const duration = Number(data.format.duration)
  return {
    durationSeconds: Number.isFinite(duration) ? duration : null,
    hasVideo: Boolean(video),
    hasAudio: Boolean(audio),
    videoCodec: video?.codec_name,
    audioCodec: audio?.codec_name,
  }
}
