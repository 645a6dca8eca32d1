import type { Endpoint } from 'payload'
import { z } from 'zod'

import { assertOwnerOrCompanyAdmin, readableOr404 } from '../../../src/lib/access'
import { inTransaction } from '../../../src/lib/db/transaction'
import { conflict } from '../../../src/lib/http/errors'
import { readBody, routeId } from '../../../src/lib/http/request'
import { unfinishedProjectJobs } from '../../../src/lib/jobs/unfinished'
import { projectKind } from '../registry'

const busySceneStatuses = ['GENERATING_IMAGE', 'GENERATING_VIDEO']

/**
 * `POST /api/projects/:id/storyboard` → 202: writes the project's storyboard again (its kind's
 * first job: the pipeline's storyboard, a training video's narration script) from the current
 * prompt, brief and brand. The new scenes replace the old ones with their media, so it is refused
 * (409) while the storyboard, a scene or the stitch is being worked on.
 */
export const rewriteStoryboard: Endpoint = {
  path: '/:id/storyboard',
  method: 'post',
  handler: async (req) => {
    const project = await readableOr404(req, 'projects', routeId(req, 'id', 'Project'), {
      what: 'Project',
    })
    assertOwnerOrCompanyAdmin(req.user, project, 'Project')
    await readBody(req, z.object({}).strict())
    // A project job still to run (storyboard, script, stitch, render) would work on the old scenes.
    const { totalDocs: pending } = await req.payload.count({
      collection: 'payload-jobs',
      where: unfinishedProjectJobs(project.id),
    })
    if (pending > 0)
      throw conflict(
        'The project is already being worked on: wait until its storyboard, render or stitch is done.',
      )
    const { totalDocs: busyScenes } = await req.payload.count({
      collection: 'scenes',
      where: { and: [{ project: { equals: project.id } }, { status: { in: busySceneStatuses } }] },
    })
    if (busyScenes > 0)
      throw conflict(
        'Scenes are being generated: wait until they are done before rewriting the storyboard.',
      )
    const task = projectKind(req.payload, project.kind).createTask ?? 'storyboard'
    const job = await inTransaction(req, async () => {
      await req.payload.update({
        collection: 'projects',
        id: project.id,
        data: { status: 'STORYBOARD', failureReason: null },
        req,
      })
      return req.payload.jobs.queue({ task, input: { projectId: project.id }, req })
    })
    return Response.json(
      { jobId: String(job.id), projectId: project.id, step: task },
      { status: 202 },
    )
  },
}
