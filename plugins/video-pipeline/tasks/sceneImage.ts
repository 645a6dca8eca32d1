import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import sharp from 'sharp'

import type { Project, Scene } from '../../../payload-types'
import { idOf } from '../../../src/lib/db/ids'
import { type ClipFormat, renderFormat } from '../../../src/lib/media/format'
import { fetchStoredFile } from '../../../src/lib/storage/files'
import { providersFromEnv } from '../../../src/lib/providers'
import { predictionResults } from '../../../src/lib/providers/replicate/predictionResults'
import { brandOf, featuredSubjectOf, sceneAndProject } from '../services/context'
import { taskRetries } from '../../../src/lib/jobs/settings'
import { failScene } from './failScene'
import { setSceneProgress } from '../services/sceneProgress'
import { selectedFor, uploadOf } from '../services/selectedMedia'

/** An uploaded image as the scene's image: fitted to the render format, selected, its URL recorded. */
async function useUploadedImage(
  payload: Payload,
  args: { scene: Scene; project: Project; uploadedImageId: string; format: ClipFormat },
) {
  const uploaded = await payload.findByID({
    collection: 'uploaded-images',
    id: args.uploadedImageId,
    depth: 0,
  })
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelsmith-upload-'))
  try {
    const source = await fetchStoredFile(uploaded, path.join(dir, uploaded.filename ?? 'image'))
    const data = await sharp(source)
      .resize(args.format.width, args.format.height, { fit: 'cover' })
      .png()
      .toBuffer()
    const doc = await payload.create({
      collection: 'generated-images',
      data: {
        ...selectedFor(args.scene.id, args.project),
        prompt: `Uploaded image: ${uploaded.originalFilename ?? uploaded.filename}`,
      },
      file: uploadOf({ data, mimeType: 'image/png', ext: 'png' }, 'image'),
    })
    await setSceneProgress(payload, args.scene.id, {
      status: 'IMAGE_READY',
      customImageInput: uploaded.url,
    })
    return doc
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true })
  }
}

/** Generates an image for a scene (or takes the uploaded one) and selects it. */
export const sceneImageTask: TaskConfig<{
  input: { sceneId: string; prompt?: string; negativePrompt?: string; customImageId?: string }
  output: { imageId: string }
}> = {
  slug: 'sceneImage',
  retries: taskRetries,
  inputSchema: [
    { name: 'sceneId', type: 'text', required: true },
    { name: 'prompt', type: 'textarea' },
    { name: 'negativePrompt', type: 'textarea' },
    { name: 'customImageId', type: 'text' },
  ],
  outputSchema: [{ name: 'imageId', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const { scene, project } = await sceneAndProject(payload, input.sceneId)
    await setSceneProgress(payload, scene.id, { status: 'GENERATING_IMAGE', failureReason: null })
    try {
      const format = renderFormat(project.aspectRatio ?? '16:9')
      if (input.customImageId) {
        const doc = await useUploadedImage(payload, {
          scene,
          project,
          uploadedImageId: input.customImageId,
          format,
        })
        return { output: { imageId: doc.id } }
      }
      const prompt =
        input.prompt ||
        [project.characterDescription, scene.imagePrompt || scene.sceneSummary || scene.sceneTitle]
          .filter(Boolean)
          .join('. ')
      const image = await providersFromEnv(undefined, {
        predictionResults: predictionResults(payload),
      }).image.generateImage({
        prompt,
        negativePrompt: input.negativePrompt || scene.negativePrompt || undefined,
        aspectRatio: (project.aspectRatio ?? '16:9') as '16:9',
        width: format.width,
        height: format.height,
        brand: await brandOf(payload, idOf(project.company)!),
        referenceImages: (await featuredSubjectOf(payload, project))?.referenceImages,
      })
      const doc = await payload.create({
        collection: 'generated-images',
        data: { ...selectedFor(scene.id, project), prompt, replicateId: image.providerId },
        file: uploadOf(image, 'image'),
      })
      await setSceneProgress(payload, scene.id, { status: 'IMAGE_READY' })
      return { output: { imageId: doc.id } }
    } catch (error) {
      await failScene(req, scene.id, 'Image', error)
      throw error
    }
  },
}
