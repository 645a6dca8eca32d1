import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { assertOwnerOrCompanyAdmin } from '../../../src/lib/access'
import { inTransaction } from '../../../src/lib/db/transaction'
import { routeDocument } from '../../../src/lib/http/documents'
import { notFound } from '../../../src/lib/http/errors'
import { readBody, routeId } from '../../../src/lib/http/request'
import { lockSceneOrder } from '../hooks/sceneOrder'
import { renumberScenes } from '../services/renumberScenes'

// Each kind's longest scene is checked on the scene itself (`sceneLengthOfKind`).
const seconds = z.number().positive()
const sceneFields = {
  sceneTitle: z.string().trim().min(1).max(200),
  sceneSummary: z.string().max(4000).optional(),
  imagePrompt: z.string().max(4000).optional(),
  negativePrompt: z.string().max(2000).optional(),
  suggestedDuration: seconds.optional(),
  customDuration: seconds.nullable().optional(),
  /** The URL of an image uploaded to the project (`uploaded-images`). */
  customImageInput: z
    .string()
    .trim()
    .max(2000)
    .refine(
      (value) => value.startsWith('/') || URL.canParse(value),
      'must be a URL (absolute, or a path on this server)',
    )
    .nullable()
    .optional(),
  useSeedFrame: z.boolean().optional(),
  voiceoverText: z.string().max(5000).optional(),
  /** 1-based place in the storyboard; the others move to keep numbers gap-free. */
  position: z.number().int().min(1).optional(),
}
export const createSceneBody = z.object(sceneFields).strict()
export const updateSceneBody = z
  .object({ ...sceneFields, sceneTitle: sceneFields.sceneTitle.optional() })
  .strict()

/** The project (readable, else 404; editable by the caller, else 403). */
async function editableProject(req: PayloadRequest) {
  const project = await routeDocument(req, 'projects', 'id', { what: 'Project' })
  assertOwnerOrCompanyAdmin(req.user, project, 'Project')
  return project
}

async function sceneOfProject(req: PayloadRequest, projectId: string) {
  const sceneId = routeId(req, 'sceneId', 'Scene')
  const { docs } = await req.payload.find({
    collection: 'scenes',
    where: { and: [{ id: { equals: sceneId } }, { project: { equals: projectId } }] },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!docs[0]) throw notFound('Scene')
  return docs[0]
}

/** `POST /api/projects/:id/scenes`: appended, or inserted at `position`. */
export const createScene: Endpoint = {
  path: '/:id/scenes',
  method: 'post',
  handler: async (req) => {
    const project = await editableProject(req)
    const { position, ...fields } = await readBody(req, createSceneBody)
    const scene = await inTransaction(req, async () => {
      // Counted under the project's lock: a concurrent create cannot make this append an insert.
      await lockSceneOrder(req, project.id)
      const { totalDocs } = await req.payload.count({
        collection: 'scenes',
        where: { project: { equals: project.id } },
        req,
      })
      const created = await req.payload.create({
        collection: 'scenes',
        data: {
          ...fields,
          project: project.id,
          sceneNumber: totalDocs + 1,
          company: '',
          owner: '',
        },
        overrideAccess: false,
        user: req.user,
        req,
      })
      if (position && position <= totalDocs)
        await renumberScenes(req, project.id, { sceneId: created.id, position })
      return req.payload.findByID({ collection: 'scenes', id: created.id, depth: 0, req })
    })
    return Response.json({ doc: scene }, { status: 201 })
  },
}

/** `PATCH /api/projects/:id/scenes/:sceneId` (`position` reorders). */
export const updateScene: Endpoint = {
  path: '/:id/scenes/:sceneId',
  method: 'patch',
  handler: async (req) => {
    const project = await editableProject(req)
    const scene = await sceneOfProject(req, project.id)
    const { position, ...fields } = await readBody(req, updateSceneBody)
    const updated = await inTransaction(req, async () => {
      if (Object.keys(fields).length > 0) {
        await req.payload.update({
          collection: 'scenes',
          id: scene.id,
          data: fields,
          overrideAccess: false,
          user: req.user,
          req,
        })
      }
      if (position) await renumberScenes(req, project.id, { sceneId: scene.id, position })
      return req.payload.findByID({ collection: 'scenes', id: scene.id, depth: 0, req })
    })
    return Response.json({ doc: updated })
  },
}

/** `DELETE /api/projects/:id/scenes/:sceneId`: the others are renumbered without gaps. */
export const deleteScene: Endpoint = {
  path: '/:id/scenes/:sceneId',
  method: 'delete',
  handler: async (req) => {
    const project = await editableProject(req)
    const scene = await sceneOfProject(req, project.id)
    // The scenes collection renumbers the others in the same transaction.
    await req.payload.delete({
      collection: 'scenes',
      id: scene.id,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ id: scene.id, message: 'Scene deleted.' })
  },
}
