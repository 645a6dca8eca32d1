import type { Payload } from 'payload'

import type { Scene } from '../../../payload-types'

type Progress = Partial<
  Pick<Scene, 'status' | 'failureReason' | 'suggestedDuration' | 'customImageInput'>
>

/**
 * What a job reports on a scene, written straight to its row. Progress is not content: through
 * Payload's update every status change would snapshot the whole scene as a new version, pushing
 * the team's text edits out of the history (and costing each job the extra writes).
 */
export async function setSceneProgress(payload: Payload, sceneId: string, progress: Progress) {
  await payload.db.updateOne({
    collection: 'scenes',
    id: sceneId,
    data: progress,
    returning: false,
  })
}
