import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { idOf } from '../../../src/lib/db/ids'
import { assertOwnerOrCompanyAdmin, readableOr404 } from '../../../src/lib/access'
import { badRequest, conflict } from '../../../src/lib/http/errors'
import { readBody } from '../../../src/lib/http/request'
import { stitchParts } from '../tasks/stitch'

const uuid = z.uuid()

/** A scene the caller may change (404 when they cannot read it, 403 when it is not theirs). */
async function editableScene(req: PayloadRequest, sceneId: string) {
  const scene = await readableOr404(req, 'scenes', sceneId, { what: 'Scene' })
  assertOwnerOrCompanyAdmin(req.user, scene, 'Scene')
  return scene
}

const accepted = (job: { id: string | number }, extra: Record<string, unknown>) =>
  Response.json({ jobId: String(job.id), ...extra }, { status: 202 })

/**
 * The uploaded image that overrides generation: the one named in the request, else the one the
 * scene's `customImageInput` URL points at. Only this project's uploads qualify — arbitrary URLs
 * are never fetched.
 */
async function customImageOf(
  req: PayloadRequest,
  scene: { project: unknown; customImageInput?: string | null },
  customImageId?: string,
) {
  const projectId = idOf(scene.project)
  if (customImageId) {
    const image = await readableOr404(req, 'uploaded-images', customImageId, {
      what: 'Uploaded image',
    })
    if (idOf(image.project) !== projectId)
      throw badRequest('The uploaded image belongs to another project.', 'customImageId')
    return image.id
  }
  if (!scene.customImageInput) return undefined
  // `url` is computed, not stored: match the file name it ends with (`{imageId}.{ext}`).
  const filename = decodeURIComponent(
    scene.customImageInput.split(/[?#]/)[0]!.split('/').pop() ?? '',
  )
  const { docs } = await req.payload.find({
    collection: 'uploaded-images',
    where: { and: [{ project: { equals: projectId } }, { filename: { equals: filename } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  if (!docs[0])
    throw badRequest(
      "The scene's customImageInput is not the URL of an image uploaded to this project.",
      'customImageInput',
    )
  return docs[0].id
}

/**
 * `POST /api/generate-image` → 202 with the job id; poll `GET /api/projects/:id/status`.
 * With `customImageId` (or a scene `customImageInput`), that uploaded image becomes the scene's image.
 */
export const generateImage: Endpoint = {
  path: '/generate-image',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(
      req,
      z
        .object({
          sceneId: uuid,
          prompt: z.string().trim().min(1).max(4000).optional(),
          negativePrompt: z.string().max(2000).optional(),
          customImageId: uuid.optional(),
        })
        .strict(),
    )
    const scene = await editableScene(req, body.sceneId)
    const customImageId = await customImageOf(req, scene, body.customImageId)
    const job = await req.payload.jobs.queue({
      task: 'sceneImage',
      input: { ...body, customImageId },
    })
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
      if (totalDocs === 0)
        throw conflict('The scene has no selected image yet: generate one first.')
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
    const project = await readableOr404(req, 'projects', projectId, { what: 'Project' })
    assertOwnerOrCompanyAdmin(req.user, project, 'Project')
    const parts = await stitchParts(req, projectId).catch((error: Error) => {
      throw conflict(`The timeline cannot be stitched: ${error.message}.`)
    })
    if (parts.length === 0)
      throw conflict('There are no clips to stitch: generate scene videos first.')
    const job = await req.payload.jobs.queue({ task: 'stitch', input: { projectId } })
    return accepted(job, { projectId })
  },
}
