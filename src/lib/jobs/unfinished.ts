import type { Where } from 'payload'

// Functions, not shared constants: Payload may rewrite a query's `where` in place.

/** Jobs still to run or running: not completed, and not failed for good. */
export const unfinishedJobs = (): Where => ({
  and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }],
})

/** A project's unfinished jobs, of one task when `task` is given. */
export const unfinishedProjectJobs = (projectId: string, task?: string): Where => ({
  and: [
    ...(task ? [{ taskSlug: { equals: task } }] : []),
    { 'input.projectId': { equals: projectId } },
    unfinishedJobs(),
  ],
})
