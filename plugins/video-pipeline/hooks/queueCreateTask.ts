import type { CollectionAfterChangeHook } from 'payload'

import { projectKind } from '../registry'

/**
 * A new project gets its first job, whichever API created it: the storyboard, or the job its
 * kind names (a training video's narration script).
 */
export const queueCreateTask: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && !req.context?.skipStoryboard) {
    const task = projectKind(req.payload, doc.kind).createTask ?? 'storyboard'
    await req.payload.jobs.queue({ task, input: { projectId: doc.id }, req })
  }
  return doc
}
