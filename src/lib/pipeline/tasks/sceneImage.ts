import type { TaskConfig } from 'payload'

import { idOf } from '../../access'
import { providersFromEnv } from '../../providers'
import { brandOf, featuredCarOf } from '../context'
import { renderFormat, taskRetries } from '../settings'
import { failScene } from './failScene'

/** Generates an image for a scene and selects it. */
export const sceneImageTask: TaskConfig<{ input: { sceneId: string; prompt?: string; negativePrompt?: string }; output: { imageId: string } }> = {
  slug: 'sceneImage',
  retries: taskRetries,
  inputSchema: [
    { name: 'sceneId', type: 'text', required: true },
    { name: 'prompt', type: 'textarea' },
    { name: 'negativePrompt', type: 'textarea' },
  ],
  outputSchema: [{ name: 'imageId', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const scene = await payload.findByID({ collection: 'scenes', id: input.sceneId, depth: 0 })
    const project = await payload.findByID({ collection: 'projects', id: idOf(scene.project)!, depth: 0 })
    await payload.update({ collection: 'scenes', id: scene.id, data: { status: 'GENERATING_IMAGE', failureReason: null } })
    try {
      const prompt = input.prompt || [project.characterDescription, scene.imagePrompt || scene.sceneSummary || scene.sceneTitle].filter(Boolean).join('. ')
      const format = renderFormat(project.aspectRatio ?? '16:9')
      const image = await providersFromEnv().image.generateImage({
        prompt,
        negativePrompt: input.negativePrompt || scene.negativePrompt || undefined,
        aspectRatio: (project.aspectRatio ?? '16:9') as '16:9',
        width: format.width,
        height: format.height,
        brand: await brandOf(payload, idOf(project.company)!),
        referenceImages: (await featuredCarOf(payload, project))?.referenceImages,
      })
      const doc = await payload.create({
        collection: 'generated-images',
        data: { scene: scene.id, isSelected: true, prompt, replicateId: image.providerId, company: idOf(project.company)!, owner: idOf(project.owner)!, project: project.id },
        file: { data: image.data, mimetype: image.mimeType, name: `image.${image.ext}`, size: image.data.length },
      })
      await payload.update({ collection: 'scenes', id: scene.id, data: { status: 'IMAGE_READY' } })
      return { output: { imageId: doc.id } }
    } catch (error) {
      await failScene(req, scene.id, 'Image', error)
      throw error
    }
  },
}
