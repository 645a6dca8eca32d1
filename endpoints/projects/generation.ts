import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { assertOwnerOrCompanyAdmin, idOf, readableOr404 } from '../../src/lib/access'
import { conflict } from '../../src/lib/http/errors'
import { readBody } from '../../src/lib/http/request'
import { stitchParts } from '../../src/lib/pipeline/tasks/stitch'

const uuid = z.uuid()

/** A scene the caller may change (404 when they cannot read it, 403 when it is not theirs). */
async function editableScene(req: PayloadRequest, sceneId: string) {
  const scene = await readableOr404<{ owner: unknown; project: unknown; useSeedFrame?: boolean }>(req, 'scenes', sceneId, { what: 'Scene' })
  assertOwnerOrCompanyAdmin(req.user, scene, 'Scene')
  return scene
}

const accepted = (job: { id: string | number }, extra: Record<string, unknown>) =>
  Response.json({ jobId: String(job.id), ...extra }, { status: 202 })

/** `POST /api/generate-image` → 202 with the job id; poll `GET /api/projects/:id/status`. */
export const generateImage: Endpoint = {
  path: '/generate-image',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(
      req,
      z.object({ sceneId: uuid, prompt: z.string().trim().min(1).max(4000).optional(), negativePrompt: z.string().max(2000).optional() }).strict(),
    )
    const scene = await editableScene(req, body.sceneId)
    const job = await req.payload.jobs.queue({ task: 'sceneImage', input: body })
    return accepted(job, { sceneId: scene.id, projectId: idOf(scene.project) })
  },
}

/** `POST /api/generate-video`: from the selected image, or the seed frame when `useSeedFrame`. */
export const generateVideo: Endpoint = {
  path: '/generate-video',
  method: 'post',
  handler: async (req) => {
    const { sceneId } = await readBody(req, z.object({ sceneId: uuid }).strict())
    const scene = await editableScene(req, sceneId)
    if (!scene.useSeedFrame) {
      const { totalDocs } = await req.payload.count({
        collection: 'generated-images',
        where: { and: [{ scene: { equals: scene.id } }, { isSelected: { equals: true } }] },
      })
      if (totalDocs === 0) throw conflict('The scene has no selected image yet: generate one first.')
    }
    const job = await req.payload.jobs.queue({ task: 'sceneVideo', input: { sceneId } })
    return accepted(job, { sceneId, projectId: idOf(scene.project) })
  },
}

/** `POST /api/stitch-videos`: the timeline (with trims), or the selected clips in scene order. */
export const stitchVideos: Endpoint = {
  path: '/stitch-videos',
  method: 'post',
  handler: async (req) => {
    const { projectId } = await readBody(req, z.object({ projectId: uuid }).strict())
    const project = await readableOr404<{ owner: unknown }>(req, 'projects', projectId, { what: 'Project' })
    assertOwnerOrCompanyAdmin(req.user, project, 'Project')
    const parts = await stitchParts(req, projectId).catch((error: Error) => {
      throw conflict(`The timeline cannot be stitched: ${error.message}.`)
    })
    if (parts.length === 0) throw conflict('There are no clips to stitch: generate scene videos first.')
    const job = await req.payload.jobs.queue({ task: 'stitch', input: { projectId } })
    return accepted(job, { projectId })
  },
}
