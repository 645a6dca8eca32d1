import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PayloadRequest, TaskConfig } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { mixAudioBed } from '../../../src/lib/media/audioBed'
import { joinClips } from '../../../src/lib/media/join'
import { probe } from '../../../src/lib/media/probe'
import { fetchStoredFile, storedKey } from '../../../src/lib/storage/files'
import { soundBedOf } from '../services/context'
import { setSceneProgress } from '../services/sceneProgress'
import { renderFormat } from '../../../src/lib/media/format'
import { taskRetries } from '../../../src/lib/jobs/settings'

type Part = {
  video: { prefix?: string | null; filename?: string | null; scene?: unknown }
  trimStart?: number | null
  trimEnd?: number | null
}

/** The clips to stitch: the timeline in order with trims, or else each scene's selected clip. */
export async function stitchParts(req: PayloadRequest, projectId: string): Promise<Part[]> {
  const clips = (
    await req.payload.find({
      collection: 'timeline-clips',
      where: { project: { equals: projectId } },
      sort: 'order',
      pagination: false,
      depth: 0,
    })
  ).docs
  // Footage comes from this project only, whatever a stored clip names: a film never carries
  // another project's (or company's) clips.
  const ofProject = { project: { equals: projectId } }
  const selectedOf = async (sceneId: string) =>
    (
      await req.payload.find({
        collection: 'generated-videos',
        where: {
          and: [ofProject, { scene: { equals: sceneId } }, { isSelected: { equals: true } }],
        },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
  const clipOf = async (videoId: string) =>
    (
      await req.payload.find({
        collection: 'generated-videos',
        where: { and: [ofProject, { id: { equals: videoId } }] },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
  if (clips.length > 0) {
    const parts: Part[] = []
    for (const clip of clips) {
      const video = idOf(clip.video)
        ? await clipOf(idOf(clip.video)!)
        : idOf(clip.scene)
          ? await selectedOf(idOf(clip.scene)!)
          : null
      if (!video) throw new Error(`timeline clip ${clip.order} has no video`)
      parts.push({ video, trimStart: clip.trimStart, trimEnd: clip.trimEnd })
    }
    return parts
  }
  const scenes = (
    await req.payload.find({
      collection: 'scenes',
      where: { project: { equals: projectId } },
      sort: 'sceneNumber',
      pagination: false,
      depth: 0,
    })
  ).docs
  const parts: Part[] = []
  for (const scene of scenes) {
    const video = await selectedOf(scene.id)
    if (video) parts.push({ video })
  }
  return parts
}

/**
 * Stitches a project's clips into `projects/{id}/final/video.mp4` and completes the project
 * (or marks it failed with the reason, and rethrows).
 */
export async function stitchProject(
  req: PayloadRequest,
  projectId: string,
): Promise<{ duration: number }> {
  const { payload } = req
  const project = await payload.findByID({ collection: 'projects', id: projectId, depth: 0 })
  await payload.update({
    collection: 'projects',
    id: project.id,
    data: { status: 'STITCHING', failureReason: null },
  })
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelsmith-stitch-'))
  try {
    const parts = await stitchParts(req, project.id)
    if (parts.length === 0) throw new Error('there are no clips to stitch')
    const format = renderFormat(project.aspectRatio ?? '16:9')
    const files = []
    for (const [index, part] of parts.entries()) {
      files.push({
        ...part,
        file: await fetchStoredFile(part.video, path.join(dir, `source-${index}.mp4`)),
      })
    }
    const joined = path.join(dir, 'joined.mp4')
    // Only trimmed clips are re-encoded; the rest are joined by stream copy.
    await joinClips(files, joined, format, dir)
    // The featured car's sound, when it has one, runs under the whole film.
    const bed = await soundBedOf(payload, project, dir)
    const output = path.join(dir, 'video.mp4')
    if (bed) await mixAudioBed({ video: joined, bed, output })
    else await fs.promises.rename(joined, output)
    const duration = (await probe(output)).durationSeconds ?? 0
    await payload.delete({ collection: 'final-videos', where: { project: { equals: project.id } } })
    const stats = await fs.promises.stat(output)
    const doc = await payload.create({
      collection: 'final-videos',
      data: {
        project: project.id,
        duration,
        company: idOf(project.company)!,
        owner: idOf(project.owner)!,
        prefix: `projects/${project.id}/final`,
      },
      file: {
        data: Buffer.alloc(0),
        tempFilePath: output,
        mimetype: 'video/mp4',
        name: 'video.mp4',
        size: stats.size,
      },
    })
    // A scene whose clip is in the film is done (100%, not "clip ready"); before the project, so
    // a watcher that stops polling at the project's COMPLETED has seen the scenes complete too.
    const filmed = new Set(parts.flatMap((part) => idOf(part.video.scene) ?? []))
    for (const sceneId of filmed) await setSceneProgress(payload, sceneId, { status: 'COMPLETED' })
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'COMPLETED', finalVideoUrl: doc.url, finalVideoS3Key: storedKey(doc) },
    })
    return { duration }
  } catch (error) {
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'FAILED', failureReason: `Stitching failed: ${(error as Error).message}` },
    })
    throw error
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true })
  }
}

export const stitchTask: TaskConfig<{
  input: { projectId: string }
  output: { duration: number }
}> = {
  slug: 'stitch',
  retries: taskRetries,
  inputSchema: [{ name: 'projectId', type: 'text', required: true }],
  outputSchema: [{ name: 'duration', type: 'number', required: true }],
  handler: async ({ input, req }) => ({ output: await stitchProject(req, input.projectId) }),
}
