import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ffmpegCommand } from './ffmpegBinary'

/** A short engine-like tone rendered by ffmpeg (demo data and tests need real audio, not bytes). */
export async function synthSound(options: { seconds: number; frequency?: number; format?: 'wav' | 'mp3' }): Promise<Buffer> {
  const format = options.format ?? 'wav'
  const out = path.join(os.tmpdir(), `reelsmith-sound-${randomUUID()}.${format}`)
  await new Promise<void>((resolve, reject) =>
    ffmpegCommand()
      .input(`sine=frequency=${options.frequency ?? 110}:duration=${options.seconds}`)
      .inputFormat('lavfi')
      .audioChannels(2)
      .audioFrequency(48000)
      .on('end', () => resolve())
      .on('error', reject)
      .save(out),
  )
  try {
    return await fs.promises.readFile(out)
  } finally {
    await fs.promises.rm(out, { force: true })
  }
}
