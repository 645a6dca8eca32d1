import type { PayloadRequest } from 'payload'

/** Makes `id` the selected media of its scene and unselects the others, in the caller's transaction. */
export async function selectSceneMedia(req: PayloadRequest, collection: 'generated-images' | 'generated-videos' | 'seed-frames', sceneId: string, id: string) {
  await req.payload.update({
    collection,
    where: { and: [{ scene: { equals: sceneId } }, { id: { not_equals: id } }, { isSelected: { equals: true } }] },
    data: { isSelected: false },
  })
  await req.payload.update({ collection, id, data: { isSelected: true } })
}
