import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { imageToClip } from '../../media/render'
import type { GeneratedFile, VideoGenerator, VideoRequest } from '../types'

/** The offline image-to-video model: a slow zoom over the image, rendered by ffmpeg. */
export const localVideoGenerator: VideoGenerator = {
  name: 'local',
  clipLengths: [2, 3, 4, 5, 6, 8, 10],
  async generateVideo(request: VideoRequest): Promise<GeneratedFile> {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelsmith-clip-'))
    try {
      const image = path.join(dir, `${randomUUID()}.${request.image.ext}`)
      const output = path.join(dir, 'clip.mp4')
      await fs.promises.writeFile(image, request.image.data)
      await imageToClip({
        image,
        output,
        seconds: request.durationSeconds,
        format: { width: request.width, height: request.height, fps: request.fps },
      })
      return { data: await fs.promises.readFile(output), mimeType: 'video/mp4', ext: 'mp4' }
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true })
    }
  },
}
