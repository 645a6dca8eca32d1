import type { Endpoint } from 'payload'

import { routeDocument } from '../../../src/lib/http/documents'

const sceneProgress: Record<string, number> = {
  PENDING: 0,
  GENERATING_IMAGE: 20,
  IMAGE_READY: 40,
  GENERATING_VIDEO: 60,
  VIDEO_READY: 90,
  COMPLETED: 100,
  FAILED: 0,
}

/** `GET /api/projects/:id/status`: the project's stage and progress, and each scene's. */
export const projectStatus: Endpoint = {
  path: '/:id/status',
  method: 'get',
  handler: async (req) => {
    const project = await routeDocument(req, 'projects', 'id', { what: 'Project' })
    const { docs } = await req.payload.find({
      collection: 'scenes',
      where: { project: { equals: project.id } },
      sort: 'sceneNumber',
      pagination: false,
      depth: 0,
      select: { sceneNumber: true, sceneTitle: true, status: true, failureReason: true },
      overrideAccess: false,
      user: req.user,
    })
    const scenes = docs.map((s) => ({
      id: s.id,
      sceneNumber: s.sceneNumber,
      sceneTitle: s.sceneTitle,
      status: s.status,
      failureReason: s.failureReason ?? null,
      progress: sceneProgress[s.status ?? 'PENDING'] ?? 0,
    }))
    const sceneShare = scenes.length
      ? scenes.reduce((sum, s) => sum + s.progress, 0) / scenes.length
      : 0
    const progress =
      project.status === 'COMPLETED'
        ? 100
        : project.status === 'STITCHING'
          ? 95
          : project.status === 'STORYBOARD'
            ? 5
            : Math.round(10 + sceneShare * 0.8)
    return Response.json({
      id: project.id,
      stage: project.status,
      progress,
      failureReason: project.failureReason ?? null,
      finalVideoUrl: project.finalVideoUrl ?? null,
      scenes,
    })
  },
}
