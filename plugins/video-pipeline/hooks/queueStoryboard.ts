import type { CollectionAfterChangeHook } from 'payload'

/** A new project gets its storyboard written by a job, whichever API created it. */
export const queueStoryboard: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && !req.context?.skipStoryboard) {
    // Training projects get a grounded narration script instead of a storyboard.
    await req.payload.jobs.queue({ task: doc.kind === 'training' ? 'trainingScript' : 'storyboard', input: { projectId: doc.id }, req })
  }
  return doc
}
