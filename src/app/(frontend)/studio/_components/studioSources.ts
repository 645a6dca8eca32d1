import type { Payload } from 'payload'

import type { User } from '../../../../../payload-types'
import { idOf } from '../../../../lib/db/ids'
import type { RealScene } from './realVideo'

/** An uploaded model the browser can open (glTF: `.glb`, `.gltf`). */
export type StudioModel = { id: string; name: string; url: string; equipmentName: string }
export type StudioVideoChoice = { id: string; title: string }

const opensInBrowser = (name: string) => /\.(glb|gltf)$/i.test(name)

/**
 * What a signed-in user can open in the Studio: their company's training videos and its
 * equipment's glTF models, read with their access (another company's never appear).
 */
export async function studioChoices(payload: Payload, user: User) {
  const asUser = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const [videos, files, equipment] = await Promise.all([
    payload.find({
      collection: 'projects',
      where: { kind: { equals: 'training' } },
      sort: '-createdAt',
      select: { name: true },
      ...asUser,
    }),
    payload.find({
      collection: 'equipment-files',
      where: { fileType: { equals: '3d_model' } },
      sort: 'uploadedAt',
      // No `select`: an upload's `url` is computed from its stored file fields.
      ...asUser,
    }),
    payload.find({ collection: 'training-equipment', select: { name: true }, ...asUser }),
  ])
  const equipmentName = new Map(equipment.docs.map((item) => [item.id, item.name]))
  const models: Array<StudioModel & { equipmentId: string | null }> = files.docs.flatMap((file) => {
    const name = file.originalFilename || file.filename || ''
    if (!file.url || !opensInBrowser(name)) return []
    const equipmentId = idOf(file.equipment)
    return [
      {
        id: file.id,
        name,
        url: file.url,
        equipmentId,
        equipmentName: equipmentName.get(equipmentId ?? '') ?? 'Equipment',
      },
    ]
  })
  return {
    videos: videos.docs.map((video): StudioVideoChoice => ({ id: video.id, title: video.name })),
    models,
  }
}

/**
 * A training video's title and scenes, or null when the user's company has no such video. Each
 * scene's length is the one the editor shows (set, or measured by the render), if any.
 */
export async function readTrainingVideo(payload: Payload, user: User, id: string) {
  const asUser = { overrideAccess: false, user, depth: 0 } as const
  const { docs } = await payload.find({
    collection: 'projects',
    where: { and: [{ id: { equals: id } }, { kind: { equals: 'training' } }] },
    limit: 1,
    select: { name: true, equipment: true, equipmentModel: true, taskType: true },
    ...asUser,
  })
  const project = docs[0]
  if (!project) return null
  const equipmentId = idOf(project.equipment)
  const [scenes, equipment] = await Promise.all([
    payload.find({
      collection: 'scenes',
      where: { project: { equals: id } },
      sort: 'sceneNumber',
      pagination: false,
      select: {
        sceneNumber: true,
        sceneTitle: true,
        voiceoverText: true,
        customDuration: true,
        suggestedDuration: true,
      },
      ...asUser,
    }),
    equipmentId
      ? payload.findByID({
          collection: 'training-equipment',
          id: equipmentId,
          select: { name: true },
          disableErrors: true,
          ...asUser,
        })
      : null,
  ])
  return {
    equipmentId,
    about: {
      id: project.id,
      title: project.name,
      equipmentModel: project.equipmentModel || equipment?.name || 'equipment',
      taskType: project.taskType || 'Training video',
    },
    scenes: scenes.docs.map((scene): RealScene => ({
      id: scene.id,
      order: scene.sceneNumber,
      title: scene.sceneTitle,
      voiceover: scene.voiceoverText ?? '',
      duration: scene.customDuration ?? scene.suggestedDuration ?? null,
    })),
  }
}
