import type { PayloadRequest } from 'payload'

import { titlesFollowingNumbers } from './sceneTitles'

/**
 * Scene numbers stay 1…n without gaps. `move` puts one scene at a 1-based position first.
 * Generated titles ("Step 3") follow their scene's new number. Runs inside the caller's
 * transaction (`req`).
 */
export async function renumberScenes(
  req: PayloadRequest,
  projectId: string,
  move?: { sceneId: string; position: number },
) {
  const { docs } = await req.payload.find({
    collection: 'scenes',
    where: { project: { equals: projectId } },
    sort: ['sceneNumber', 'createdAt'],
    depth: 0,
    pagination: false,
    select: { sceneNumber: true, sceneTitle: true },
    req,
  })
  const ordered = docs.map((d) => d.id)
  if (move) {
    const from = ordered.indexOf(move.sceneId)
    if (from >= 0) {
      ordered.splice(from, 1)
      ordered.splice(Math.min(Math.max(move.position, 1), ordered.length + 1) - 1, 0, move.sceneId)
    }
  }
  const current = new Map(docs.map((d) => [d.id, d]))
  const titleFor = await titlesFollowingNumbers(req, projectId)
  for (const [index, id] of ordered.entries()) {
    const scene = current.get(id)
    if (scene && scene.sceneNumber !== index + 1) {
      const sceneTitle = titleFor(scene.sceneTitle, scene.sceneNumber, index + 1)
      await req.payload.update({
        collection: 'scenes',
        id,
        data: { sceneNumber: index + 1, ...(sceneTitle ? { sceneTitle } : {}) },
        depth: 0,
        req,
        // A plain partial update, even inside a version restore: Payload's `isRestoringVersion`
        // (inherited through `req`) would skip filling the fields this update leaves out.
        context: { renumbering: true, isRestoringVersion: false },
      })
    }
  }
}
