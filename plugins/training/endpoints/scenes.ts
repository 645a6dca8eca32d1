import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Scene } from '../../../payload-types'
import { assertOwnerOrCompanyAdmin, readableOr404 } from '../../../src/lib/access'
import { idOf } from '../../../src/lib/db/ids'
import { badRequest, notFound, RequestError } from '../../../src/lib/http/errors'
import { routeDocument } from '../../../src/lib/http/documents'
import { withMultipart } from '../../../src/lib/http/multipart'
import { payloadEndpoint } from '../../../src/lib/http/payloadEndpoint'
import { parse } from '../../../src/lib/http/request'
import { TRAINING_KIND } from '../pipeline'
import { scenesOf } from './videos'

/** Screenshots are pictures of a screen or a part: 20 MB is plenty. */
const MAX_SCREENSHOT_BYTES = 20 * 1024 * 1024

/** The document's editable scene fields; their presence marks a TrainAI (snake_case) request. */
const snakeCaseFields = [
  'voiceover_text',
  'duration',
  'sequence_order',
  'screenshot_url',
  'video_id',
]

/** Voiceover texts are spoken: 5,000 characters is minutes of narration for one step. */
const MAX_VOICEOVER = 5000
/** Larger bodies are refused before they are read whole. */
const MAX_BODY_BYTES = 64 * 1024

const sceneEdit = z
  .object({
    voiceover_text: z
      .string()
      .trim()
      .min(1, 'voiceover_text cannot be empty')
      .max(MAX_VOICEOVER)
      .optional(),
    // The longest a training scene may last is checked on the scene (the kind's `maxSceneSeconds`).
    duration: z.number().positive().nullable().optional(),
  })
  .strict()

async function updateTrainingScene(req: PayloadRequest, body: unknown) {
  const edit = parse(sceneEdit, body)
  const scene = await routeDocument(req, 'scenes', 'id', { what: 'Scene' })
  assertOwnerOrCompanyAdmin(req.user, scene, 'Scene')
  const data: Partial<Scene> = {}
  if (edit.voiceover_text !== undefined && edit.voiceover_text !== scene.voiceoverText)
    data.voiceoverText = edit.voiceover_text
  if (edit.duration !== undefined && edit.duration !== (scene.customDuration ?? null))
    data.customDuration = edit.duration
  // Auto-save on blur sends the same text again and again: an unchanged scene is not rewritten.
  if (Object.keys(data).length > 0) {
    await req.payload.update({
      collection: 'scenes',
      id: scene.id,
      data,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
  }
  const [updated] = await scenesOf(req, String(scene.project), scene.id)
  return Response.json(updated)
}

/**
 * `PATCH /api/scenes/:id` serves two clients on one path: the TrainAI document's snake_case
 * body (`{ voiceover_text }`, answered with its scene shape) and Payload's own update (admin
 * panel, REST), to which every other request is handed unchanged.
 */
export const patchScene: Endpoint = {
  path: '/:id',
  method: 'patch',
  handler: async (req) => {
    const contentType = (req.headers.get('content-type') ?? '').split(';')[0].trim()
    if (contentType === 'application/json') {
      if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
        throw new RequestError(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, 413)
      const text = req.text ? await req.text() : ''
      if (text.length > MAX_BODY_BYTES)
        throw new RequestError(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, 413)
      let body: unknown
      try {
        body = text.trim() ? JSON.parse(text) : {}
      } catch {
        throw badRequest('The request body is not valid JSON.', 'body')
      }
      if (
        body &&
        typeof body === 'object' &&
        !Array.isArray(body) &&
        snakeCaseFields.some((field) => field in body)
      ) {
        return updateTrainingScene(req, body)
      }
      // Payload's handler reads the body itself: give it the text we already read.
      ;(req as { text?: () => Promise<string> }).text = () => Promise.resolve(text)
    }
    return payloadEndpoint(req, 'scenes', patchScene, patchScene).handler(req)
  },
}

/**
 * `POST /api/scenes/:id/screenshot` (multipart `file`, an image): the picture the scene shows
 * (the document's `screenshot_url`), in place of the equipment photo or the step card. It becomes
 * the scene's selected image; the previous one stays in its history. Answers the scene.
 */
export const uploadSceneScreenshot: Endpoint = {
  path: '/:id/screenshot',
  method: 'post',
  handler: async (req) => {
    const scene = await routeDocument(req, 'scenes', 'id', { what: 'Scene' })
    const project = await readableOr404(req, 'projects', idOf(scene.project)!, { what: 'Scene' })
    if (project.kind !== TRAINING_KIND) throw notFound('Scene')
    assertOwnerOrCompanyAdmin(req.user, scene, 'Scene')
    await withMultipart(req, { maxFileBytes: MAX_SCREENSHOT_BYTES }, async ({ file }) => {
      if (!file) throw badRequest('Attach the screenshot as the multipart field "file".', 'file')
      // Clients cannot create scene media directly: this route has checked who may change the scene.
      await req.payload.create({
        collection: 'generated-images',
        data: {
          scene: scene.id,
          project: project.id,
          isSelected: true,
          prompt: 'Uploaded screenshot',
          company: '',
          owner: '',
        },
        file,
        depth: 0,
        overrideAccess: true,
        user: req.user,
      })
    })
    const [updated] = await scenesOf(req, project.id, scene.id)
    return Response.json(updated, { status: 201 })
  },
}
