import type { CollectionAfterChangeHook } from 'payload'

/** A new project gets its storyboard written by a job, whichever API created it. */
export const queueStoryboard: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && !req.context?.skipStoryboard) {
    await req.payload.jobs.queue({ task: 'storyboard', input: { projectId: doc.id }, req })
  }
  return doc
}
