import type { Endpoint, PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { assertOwnerOrCompanyAdmin } from '../../../src/lib/access'
import { routeDocument } from '../../../src/lib/http/documents'
import { conflict, notFound } from '../../../src/lib/http/errors'
import { readBody } from '../../../src/lib/http/request'
import { setSceneProgress } from '../services/sceneProgress'

const retryBody = z.object({ sceneId: z.uuid().optional() }).strict()

const sceneTasks = ['sceneImage', 'sceneVideo']
const projectTasks = ['storyboard', 'stitch']
/** What a re-queued task shows until its worker reports (so a reload shows the retry too). */
const startedStatus: Record<string, string> = {
  sceneImage: 'GENERATING_IMAGE',
  sceneVideo: 'GENERATING_VIDEO',
  storyboard: 'STORYBOARD',
  stitch: 'STITCHING',
}

/** The latest job of a subject: the failed step, with the input it ran with. */
async function latestJob(req: PayloadRequest, subject: Where, tasks: string[]) {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [subject, { taskSlug: { in: tasks } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
  })
  return docs[0] as
    | {
        id: string | number
        taskSlug?: string | null
        input?: Record<string, unknown>
        hasError?: boolean | null
        completedAt?: string | null
      }
    | undefined
}

/**
 * `POST /api/projects/:id/retry` `{ sceneId? }` → 202: runs the failed step again (a scene's
 * image or clip, or the project's storyboard or stitch) with the input it failed with. A step
 * whose job is still queued for an automatic retry is not queued twice.
 */
export const retryProject: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    const project = await routeDocument(req, 'projects', 'id', { what: 'Project' })
    assertOwnerOrCompanyAdmin(req.user, project, 'Project')
    const { sceneId } = await readBody(req, retryBody)
    let job
    if (sceneId) {
      const { docs } = await req.payload.find({
        collection: 'scenes',
        where: { and: [{ id: { equals: sceneId } }, { project: { equals: project.id } }] },
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user: req.user,
      })
      const scene = docs[0]
      if (!scene) throw notFound('Scene')
      if (scene.status !== 'FAILED')
        throw conflict('The scene has not failed: there is nothing to retry.')
      job = await latestJob(req, { 'input.sceneId': { equals: scene.id } }, sceneTasks)
    } else {
      if (project.status !== 'FAILED')
        throw conflict('The project has not failed: there is nothing to retry.')
      job = await latestJob(req, { 'input.projectId': { equals: project.id } }, projectTasks)
    }
    if (!job?.taskSlug || !job.input)
      throw conflict('The failed step is no longer known: start it again from its own button.')
    const waiting = !job.hasError && !job.completedAt
    const queued = waiting
      ? job
      : await req.payload.jobs.queue({
          task: job.taskSlug as 'stitch',
          input: job.input as { projectId: string },
        })
    const status = startedStatus[job.taskSlug]!
    if (sceneId)
      await setSceneProgress(req.payload, sceneId, {
        status: status as 'GENERATING_IMAGE',
        failureReason: null,
      })
    else
      await req.payload.update({
        collection: 'projects',
        id: project.id,
        data: { status: status as 'STORYBOARD', failureReason: null },
      })
    return Response.json(
      {
        jobId: String(queued.id),
        projectId: project.id,
        sceneId: sceneId ?? null,
        step: job.taskSlug,
      },
      { status: 202 },
    )
  },
}
