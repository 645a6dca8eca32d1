import fs from 'node:fs'

import { ffmpegCommand } from './ffmpegBinary'

/**
 * Joins clips that share one format with the concat demuxer and stream copy: no re-encode,
 * so stitching costs about as much as copying the bytes. MP4 with faststart.
 */
export async function concatClips(inputs: string[], output: string) {
  if (inputs.length === 0) throw new Error('Nothing to concatenate')
  const list = `${output}.txt`
  await fs.promises.writeFile(list, inputs.map((p) => `file '${p.replace(/'/g, "'\\''")}'`).join('\n'))
  try {
    await new Promise<void>((resolve, reject) =>
      ffmpegCommand()
        .input(list)
        .inputOptions(['-f concat', '-safe 0'])
        .outputOptions(['-c copy', '-movflags +faststart'])
        .on('end', () => resolve())
        .on('error', (error: Error) => reject(new Error(`ffmpeg: ${error.message}`)))
        .save(output),
    )
  } finally {
    await fs.promises.rm(list, { force: true })
  }
}
