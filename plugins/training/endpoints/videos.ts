import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Project } from '../../../payload-types'
import { assertOwnerOrCompanyAdmin, companyIdOf, readableOr404 } from '../../../src/lib/access'
import { inTransaction } from '../../../src/lib/db/transaction'
import { badRequest, conflict, notFound, RequestError } from '../../../src/lib/http/errors'
import { routeDocument } from '../../../src/lib/http/documents'
import { parse, readBody, requireUser } from '../../../src/lib/http/request'
import { unfinishedProjectJobs } from '../../../src/lib/jobs/unfinished'
import { ProviderError } from '../../../src/lib/providers/types'
import { TRAINING_KIND } from '../pipeline'
import { trainingProvidersFromEnv } from '../services/providers'
import { listTrainingVideos, trainingScenes } from '../services/videoView'
import { createTrainingVideo } from '../services/writeScenes'
import { toVideo, videoStatuses } from './shapes'

const createVideoBody = z
  .object({
    prompt: z.string().trim().min(1, 'prompt is required').max(2000),
    equipment_id: z.uuid().nullable().optional(),
    equipment_model: z.string().trim().max(200).nullable().optional(),
    task_type: z.string().trim().max(200).nullable().optional(),
  })
  .strict()

const listQuery = z.object({
  status: z.enum(videoStatuses).optional(),
  equipment_id: z.uuid().optional(),
})

/** A training video the caller can read, or 404 (a marketing project is not a video). */
export async function readableVideo(req: PayloadRequest, param = 'id'): Promise<Project> {
  const project = await routeDocument(req, 'projects', param, { what: 'Video' })
  if (project.kind !== TRAINING_KIND) throw notFound('Video')
  return project
}

/** A training video the caller may change (its owner or a company ADMIN): 404, else 403. */
async function editableVideo(req: PayloadRequest): Promise<Project> {
  const video = await readableVideo(req)
  assertOwnerOrCompanyAdmin(req.user, video, 'Video')
  return video
}

/** Scenes in order (or just `sceneId`), in the document's shape with their citations and narration. */
export const scenesOf = (req: PayloadRequest, videoId: string, sceneId?: string) =>
  trainingScenes({ payload: req.payload, user: req.user }, videoId, sceneId)

/** `GET /api/videos` (`?status=processing|completed|failed`, `?equipment_id=`): newest first. */
export const listVideos: Endpoint = {
  path: '/videos',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const query = parse(listQuery, {
      status: req.searchParams.get('status') ?? undefined,
      equipment_id: req.searchParams.get('equipment_id') ?? undefined,
    })
    const videos = await listTrainingVideos(
      { payload: req.payload, user: req.user },
      { status: query.status, equipmentId: query.equipment_id },
    )
    return Response.json({ videos })
  },
}

/**
 * `POST /api/videos` `{ prompt, equipment_id?, equipment_model?, task_type? }`: stores the video
 * (status `processing`) and its 3–5 narrated scenes, grounded in the equipment's manuals,
 * before answering — the document's flow step 1.
 */
export const createVideo: Endpoint = {
  path: '/videos',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const body = await readBody(req, createVideoBody)
    const equipment = body.equipment_id
      ? await readableOr404(req, 'training-equipment', body.equipment_id, { what: 'Equipment' })
      : null
    // A manual still being read is waited for (bounded): past that, a clear 503 and nothing stored.
    const { video, generic, unreadableManuals } = await createTrainingVideo(
      req,
      {
        companyId: companyIdOf(req.user)!,
        ownerId: req.user.id,
        equipmentId: equipment?.id,
        prompt: body.prompt,
        equipmentModel: body.equipment_model || equipment?.name || null,
        taskType: body.task_type,
      },
      trainingProvidersFromEnv().script,
    ).catch((error: unknown) => {
      // The language model's failure is not ours: a clear 502, and nothing was stored.
      if (error instanceof ProviderError)
        throw new RequestError(`The script could not be written: ${error.message}`, 502)
      throw error
    })
    return Response.json(
      {
        ...toVideo(video),
        generic_script: generic,
        // Manuals that could not be read at all (the script could not use them), with the reason.
        unreadable_manuals: unreadableManuals.map((m) => ({
          file_id: m.fileId,
          file_name: m.fileName,
          reason: m.reason,
        })),
        scenes: await scenesOf(req, video.id),
      },
      { status: 201 },
    )
  },
}

/** `GET /api/videos/:id`: with its scenes. */
export const getVideo: Endpoint = {
  path: '/videos/:id',
  method: 'get',
  handler: async (req) => {
    const video = await readableVideo(req)
    return Response.json({ ...toVideo(video), scenes: await scenesOf(req, video.id) })
  },
}

/** `DELETE /api/videos/:id`: with its scenes, clips and final video (files included). */
export const deleteVideo: Endpoint = {
  path: '/videos/:id',
  method: 'delete',
  handler: async (req) => {
    const video = await editableVideo(req)
    await req.payload.delete({
      collection: 'projects',
      id: video.id,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ id: video.id, message: 'Video deleted.' })
  },
}

/** `GET /api/videos/:videoId/scenes`. */
export const listVideoScenes: Endpoint = {
  path: '/videos/:videoId/scenes',
  method: 'get',
  handler: async (req) => {
    const video = await readableVideo(req, 'videoId')
    return Response.json({ scenes: await scenesOf(req, video.id) })
  },
}

const generateBody = z.object({ burn_subtitles: z.boolean().optional() }).strict()

/**
 * `POST /api/videos/:id/generate` (optional `{ burn_subtitles }`): queues the narrated render and
 * answers 202 with the job and where to poll. A render already queued or running is answered
 * again rather than started twice. The WebVTT sidecar is always written.
 */
export const generateVideo: Endpoint = {
  path: '/videos/:id/generate',
  method: 'post',
  handler: async (req) => {
    const video = await editableVideo(req)
    const options = await readBody(req, generateBody)
    const scenes = (
      await req.payload.find({
        collection: 'scenes',
        where: { project: { equals: video.id } },
        sort: 'sceneNumber',
        pagination: false,
        depth: 0,
        select: { sceneNumber: true, voiceoverText: true },
      })
    ).docs
    if (scenes.length === 0) throw conflict('The video has no scenes to render.')
    const silent = scenes.find((scene) => !scene.voiceoverText?.trim())
    if (silent)
      throw badRequest(`Scene ${silent.sceneNumber} has no voiceover text.`, 'voiceover_text')
    const pending = await req.payload.find({
      collection: 'payload-jobs',
      where: unfinishedProjectJobs(video.id, 'renderTraining'),
      limit: 1,
      depth: 0,
    })
    const job =
      pending.docs[0] ??
      (await inTransaction(req, async () => {
        await req.payload.update({
          collection: 'projects',
          id: video.id,
          data: { status: 'SCENE_GENERATION', failureReason: null },
          req,
        })
        // Every scene starts over, so per-scene progress tracks this render, not the last one.
        await req.payload.db.updateMany({
          collection: 'scenes',
          where: { project: { equals: video.id } },
          data: { status: 'PENDING', failureReason: null },
          req,
        })
        return req.payload.jobs.queue({
          task: 'renderTraining',
          input: { projectId: video.id, burnSubtitles: options.burn_subtitles ?? false },
          req,
        })
      }))
    const current = await req.payload.findByID({
      collection: 'projects',
      id: video.id,
      depth: 0,
      select: { scenes: false, timelineClips: false },
    })
    return Response.json(
      { job_id: job.id, status_url: `/api/projects/${video.id}/status`, video: toVideo(current) },
      { status: 202 },
    )
  },
}

/** `GET /api/videos/:id/subtitles.vtt`: the narration's WebVTT sidecar, once rendered. */
export const videoSubtitles: Endpoint = {
  path: '/videos/:id/subtitles.vtt',
  method: 'get',
  handler: async (req) => {
    const video = await readableVideo(req)
    if (!video.subtitles) throw notFound('Subtitles')
    return new Response(video.subtitles, { headers: { 'content-type': 'text/vtt; charset=utf-8' } })
  },
}

export const videoEndpoints = [
  listVideos,
  createVideo,
  getVideo,
  deleteVideo,
  listVideoScenes,
  generateVideo,
  videoSubtitles,
]
