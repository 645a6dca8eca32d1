import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PayloadRequest, TaskConfig } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { lastFrame } from '../../../src/lib/media/render'
import { providersFromEnv } from '../../../src/lib/providers'
import { predictionResults } from '../../../src/lib/providers/replicate/predictionResults'
import type { GeneratedFile } from '../../../src/lib/providers/types'
import { fetchStoredFile } from '../../../src/lib/storage/files'
import { renderFormat } from '../../../src/lib/media/format'
import { taskRetries } from '../../../src/lib/jobs/settings'
import { failScene } from './failScene'
import { sceneAndProject } from '../services/context'
import { setSceneProgress } from '../services/sceneProgress'
import { selectedFor, uploadOf } from '../services/selectedMedia'

type Scene = {
  id: string
  project: unknown
  sceneNumber: number
  useSeedFrame?: boolean | null
  company: unknown
  owner: unknown
}

const selected = async (
  req: PayloadRequest,
  collection: 'generated-images' | 'generated-videos',
  sceneId: string,
) =>
  (
    await req.payload.find({
      collection,
      where: { and: [{ scene: { equals: sceneId } }, { isSelected: { equals: true } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]

/** The previous scene's selected clip's last frame, stored as the scene's seed frame. */
async function seedFrameFor(
  req: PayloadRequest,
  scene: Scene,
  dir: string,
): Promise<GeneratedFile | null> {
  const previous = (
    await req.payload.find({
      collection: 'scenes',
      where: {
        and: [
          { project: { equals: idOf(scene.project) } },
          { sceneNumber: { less_than: scene.sceneNumber } },
        ],
      },
      sort: '-sceneNumber',
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  const clip = previous ? await selected(req, 'generated-videos', previous.id) : undefined
  if (!clip) return null
  const framePath = path.join(dir, 'seed.png')
  await lastFrame(await fetchStoredFile(clip, path.join(dir, 'previous.mp4')), framePath)
  const frame = { data: await fs.promises.readFile(framePath), mimeType: 'image/png', ext: 'png' }
  await req.payload.create({
    collection: 'seed-frames',
    data: {
      ...selectedFor(scene.id, {
        id: idOf(scene.project)!,
        company: scene.company,
        owner: scene.owner,
      }),
      frameIndex: -1,
    },
    file: uploadOf(frame, 'seed'),
  })
  return frame
}

/** Turns a scene's selected image (or the seed frame) into a clip and selects it. */
export const sceneVideoTask: TaskConfig<{
  input: { sceneId: string }
  output: { videoId: string }
}> = {
  slug: 'sceneVideo',
  retries: taskRetries,
  inputSchema: [{ name: 'sceneId', type: 'text', required: true }],
  outputSchema: [{ name: 'videoId', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const { scene, project } = await sceneAndProject(payload, input.sceneId)
    await setSceneProgress(payload, scene.id, { status: 'GENERATING_VIDEO', failureReason: null })
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelsmith-video-'))
    try {
      let source = scene.useSeedFrame ? await seedFrameFor(req, scene as Scene, dir) : null
      if (!source) {
        const image = await selected(req, 'generated-images', scene.id)
        if (!image) throw new Error('the scene has no selected image')
        const file = await fetchStoredFile(image, path.join(dir, image.filename!))
        source = {
          data: await fs.promises.readFile(file),
          mimeType: image.mimeType!,
          ext: path.extname(image.filename!).slice(1),
        }
      }
      const format = renderFormat(project.aspectRatio ?? '16:9')
      const seconds = scene.customDuration ?? scene.suggestedDuration ?? 5
      const prompt = [project.characterDescription, scene.sceneSummary].filter(Boolean).join('. ')
      const clip = await providersFromEnv(undefined, {
        predictionResults: predictionResults(payload),
      }).video.generateVideo({
        image: source,
        prompt,
        durationSeconds: seconds,
        aspectRatio: (project.aspectRatio ?? '16:9') as '16:9',
        ...format,
      })
      const doc = await payload.create({
        collection: 'generated-videos',
        data: {
          ...selectedFor(scene.id, project),
          prompt,
          duration: seconds,
          replicateId: clip.providerId,
        },
        file: uploadOf(clip, 'clip'),
      })
      await setSceneProgress(payload, scene.id, { status: 'VIDEO_READY' })
      return { output: { videoId: doc.id } }
    } catch (error) {
      await failScene(req, scene.id, 'Video', error)
      throw error
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true })
    }
  },
}
